"use client";

import { useTranslations } from "next-intl";
import { setRatingStoryAction } from "@/app/(community)/community/ratings/actions";
import { STORY_MAX } from "@/lib/ratings/schema";
import { ActionForm } from "../forms/action-form";
import { HiddenField, TextAreaField } from "../forms/fields";

/** A 3–5-star member's short exemplary story (先进事迹) for the honour roll; empty removes it. */
export function StoryForm({ ratingId, name, story }: { ratingId: string; name: string; story: string | null }) {
  const t = useTranslations("ratings");
  return (
    <ActionForm action={setRatingStoryAction} submitLabel={t("saveStory")} className="space-y-3">
      <HiddenField name="ratingId" value={ratingId} />
      <TextAreaField
        name="story"
        label={t("storyOf", { name })}
        hint={t("storyHint", { max: STORY_MAX })}
        defaultValue={story}
        maxLength={STORY_MAX}
        rows={3}
      />
    </ActionForm>
  );
}
