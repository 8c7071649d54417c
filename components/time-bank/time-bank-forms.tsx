"use client";

import { useTranslations } from "next-intl";
import {
  archiveRewardAction,
  createRewardAction,
  handleRedemptionAction,
  updateRewardAction,
} from "@/app/(community)/community/time-bank/actions";
import { redeemAction } from "@/app/(member)/me/time-bank/actions";
import { ActionForm } from "../forms/action-form";
import { HiddenField, TextField } from "../forms/fields";

type Reward = { id: string; name: string; description: string | null; pointsPrice: number; stock: number };

export function RewardForm({ reward }: { reward?: Reward }) {
  const t = useTranslations("timebank");
  return (
    <ActionForm
      action={reward ? updateRewardAction : createRewardAction}
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

export function ArchiveRewardForm({ id, name }: { id: string; name: string }) {
  const t = useTranslations("timebank");
  return (
    <ActionForm
      action={archiveRewardAction}
      submitLabel={t("archive")}
      submitVariant="ghost"
      confirm={t("archiveConfirm", { name })}
      className="inline-flex"
    >
      <HiddenField name="id" value={id} />
    </ActionForm>
  );
}

export function HandleRedemptionForms({ id }: { id: string }) {
  const t = useTranslations("timebank");
  return (
    <div className="flex flex-wrap gap-2">
      <ActionForm action={handleRedemptionAction} submitLabel={t("fulfil")} className="inline-flex" showSuccess={false}>
        <HiddenField name="id" value={id} />
        <HiddenField name="outcome" value="FULFILLED" />
      </ActionForm>
      <ActionForm
        action={handleRedemptionAction}
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

export function RedeemForm({ rewardId, name, price }: { rewardId: string; name: string; price: number }) {
  const t = useTranslations("timebank");
  return (
    <ActionForm
      action={redeemAction}
      submitLabel={t("redeem")}
      confirm={t("redeemConfirm", { name, price })}
      className="space-y-2"
    >
      <HiddenField name="rewardId" value={rewardId} />
    </ActionForm>
  );
}
