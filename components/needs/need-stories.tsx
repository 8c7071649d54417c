import { getFormatter, getTranslations } from "next-intl/server";
import type { WallStory } from "@/lib/needs/list-need-wall";

/** 微故事: confirmed needs written up by the secretary (wish wall and honour roll). */
export async function NeedStories({ stories, headingLevel = 2 }: { stories: WallStory[]; headingLevel?: 2 | 3 }) {
  if (!stories.length) return null;
  const [t, format] = await Promise.all([getTranslations("needsPublic"), getFormatter()]);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const Title = headingLevel === 2 ? "h3" : "h4";
  return (
    <section aria-labelledby="need-stories" className="break-inside-avoid-page">
      <Heading id="need-stories" className="text-lg font-semibold text-gray-900">
        {t("story.heading")}
      </Heading>
      <ul className="mt-3 space-y-3">
        {stories.map((story) => (
          <li key={story.id} className="break-inside-avoid rounded-lg border border-gray-200 bg-white p-4 print:border-gray-400">
            <Title className="font-semibold text-gray-900">{story.title}</Title>
            <p className="mt-1 text-sm text-gray-600">
              {[story.building, format.dateTime(story.at, { dateStyle: "long" })].filter(Boolean).join(" · ")}
            </p>
            <p className="mt-2 whitespace-pre-line text-gray-800">{story.body}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
