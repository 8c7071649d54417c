import { describe, expect, it } from "vitest";
import { shareText } from "@/lib/share/share-text";

describe("the chat text of a share", () => {
  it("puts the headline, one line per fact and the link on a line of its own", () => {
    expect(
      shareText({
        kind: "社区活动",
        title: "义务理发（东湖社区）",
        lines: [
          { label: "时间", value: "12月3日周六 09:00–11:00" },
          { label: "地点", value: "党群服务中心" },
        ],
        linkLabel: "查看并报名",
        url: "https://portal.example/a/1",
      }),
    ).toBe(
      "【社区活动】义务理发（东湖社区）\n时间：12月3日周六 09:00–11:00\n地点：党群服务中心\n查看并报名：\nhttps://portal.example/a/1",
    );
  });

  it("leaves out facts without a value", () => {
    const text = shareText({ kind: "需求", title: "辅导", lines: [{ label: "地点", value: "" }], linkLabel: "查看", url: "u" });
    expect(text).toBe("【需求】辅导\n查看：\nu");
  });
});
