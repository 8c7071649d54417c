"use client";

import { useTranslations } from "next-intl";
import { STORY_MAX } from "@/lib/ratings/schema";
import { ActionForm } from "../forms/action-form";
import { HiddenField, TextAreaField } from "../forms/fields";
import type { FormAction } from "@/lib/actions/types";

/** A 3–5-star member's short exemplary story (先进事迹) for the honour roll; empty removes it. */
export function StoryForm({
  ratingId,
  name,
  story,
  action,
}: {
  ratingId: string;
  name: string;
  story: string | null;
  action: FormAction;
}) {
  const t = useTranslations("ratings");
  return (
    <ActionForm action={action} submitLabel={t("saveStory")} className="space-y-3">
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
