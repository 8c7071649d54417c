"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "../forms/action-form";
import { HiddenField, TextField } from "../forms/fields";
import type { FormAction } from "@/lib/actions/types";

type Reward = { id: string; name: string; description: string | null; pointsPrice: number; stock: number };

export function RewardForm({ reward, create, update }: { reward?: Reward; create: FormAction; update: FormAction }) {
  const t = useTranslations("timebank");
  return (
    <ActionForm
      action={reward ? update : create}
      submitLabel={reward ? t("save") : t("addReward")}
      submitVariant={reward ? "secondary" : "primary"}
      className="space-y-3"
    >
      {reward ? <HiddenField name="id" value={reward.id} /> : null}
      <TextField
        name="name"
        label={t("name")}
        hint={reward ? undefined : t("nameHint")}
        defaultValue={reward?.name}
        maxLength={40}
      />
      <TextField name="description" label={t("description")} defaultValue={reward?.description} maxLength={200} />
      <div className="grid grid-cols-2 gap-3">
        <TextField
          name="pointsPrice"
          label={t("price")}
          type="number"
          inputMode="numeric"
          defaultValue={reward ? String(reward.pointsPrice) : undefined}
        />
        <TextField
          name="stock"
          label={t("stock")}
          type="number"
          inputMode="numeric"
          defaultValue={reward ? String(reward.stock) : undefined}
        />
      </div>
    </ActionForm>
  );
}

export function ArchiveRewardForm({ id, name, action }: { id: string; name: string; action: FormAction }) {
  const t = useTranslations("timebank");
  return (
    <ActionForm
      action={action}
      submitLabel={t("archive")}
      submitVariant="ghost"
      confirm={t("archiveConfirm", { name })}
      className="inline-flex"
    >
      <HiddenField name="id" value={id} />
    </ActionForm>
  );
}

export function HandleRedemptionForms({ id, action }: { id: string; action: FormAction }) {
  const t = useTranslations("timebank");
  return (
    <div className="flex flex-wrap gap-2">
      <ActionForm action={action} submitLabel={t("fulfil")} className="inline-flex" showSuccess={false}>
        <HiddenField name="id" value={id} />
        <HiddenField name="outcome" value="FULFILLED" />
      </ActionForm>
      <ActionForm
        action={action}
        submitLabel={t("cancel")}
        submitVariant="danger"
        confirm={t("cancelConfirm")}
        className="inline-flex"
        showSuccess={false}
      >
        <HiddenField name="id" value={id} />
        <HiddenField name="outcome" value="CANCELLED" />
      </ActionForm>
    </div>
  );
}

export function RedeemForm({
  rewardId,
  name,
  price,
  action,
}: {
  rewardId: string;
  name: string;
  price: number;
  action: FormAction;
}) {
  const t = useTranslations("timebank");
  return (
    <ActionForm action={action} submitLabel={t("redeem")} confirm={t("redeemConfirm", { name, price })} className="space-y-2">
      <HiddenField name="rewardId" value={rewardId} />
    </ActionForm>
  );
}
