/**
 * The short text version of a share card, for pasting into a WeChat group: a headline in 【】, one
 * line per fact ("时间：…"), then the link on its own line (WeChat makes a bare URL tappable only
 * when nothing sticks to it). Pure, so needs and activities build theirs the same way.
 */
export type ShareFacts = {
  /** 【活动】, 【需求】… */
  kind: string;
  title: string;
  lines: { label: string; value: string }[];
  /** e.g. "报名：" before the link */
  linkLabel: string;
  url: string;
};

export function shareText(facts: ShareFacts): string {
  return [
    `【${facts.kind}】${facts.title}`,
    ...facts.lines.filter((line) => line.value).map((line) => `${line.label}：${line.value}`),
    `${facts.linkLabel}：`,
    facts.url,
  ].join("\n");
}
