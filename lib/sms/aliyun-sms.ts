import { createHmac, randomUUID } from "node:crypto";
import { SmsDeliveryError, type SmsProvider } from "./sms-provider.ts";

export type AliyunSmsSettings = {
  accessKeyId: string;
  accessKeySecret: string;
  signName: string;
  templateCode: string;
  endpoint: string;
};

/** RFC 3986 encoding as Aliyun's RPC signature wants it: only A-Z a-z 0-9 - _ . ~ stay as they are. */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Aliyun RPC signature v1 (HMAC-SHA1) of a GET request's parameters (all but `Signature`). */
export function aliyunSignature(params: Record<string, string>, accessKeySecret: string, method = "GET"): string {
  const canonical = Object.keys(params)
    .sort()
    .map((key) => `${percentEncode(key)}=${percentEncode(params[key]!)}`)
    .join("&");
  const stringToSign = `${method}&${percentEncode("/")}&${percentEncode(canonical)}`;
  return createHmac("sha1", `${accessKeySecret}&`).update(stringToSign).digest("base64");
}

type AliyunAnswer = { Code?: string; Message?: string; RequestId?: string; BizId?: string };

/** dysmsapi SendSms (version 2017-05-25): a GET with the signed parameters; success is `Code: "OK"`. */
export function aliyunSmsProvider(
  settings: AliyunSmsSettings,
  clock: { now: () => Date; nonce: () => string } = { now: () => new Date(), nonce: randomUUID },
): SmsProvider {
  return {
    name: "aliyun",
    async sendCode({ phone, code }) {
      const params: Record<string, string> = {
        AccessKeyId: settings.accessKeyId,
        Action: "SendSms",
        Format: "JSON",
        PhoneNumbers: phone,
        RegionId: "cn-hangzhou",
        SignName: settings.signName,
        SignatureMethod: "HMAC-SHA1",
        SignatureNonce: clock.nonce(),
        SignatureVersion: "1.0",
        TemplateCode: settings.templateCode,
        TemplateParam: JSON.stringify({ code }),
        Timestamp: clock
          .now()
          .toISOString()
          .replace(/\.\d{3}Z$/, "Z"),
        Version: "2017-05-25",
      };
      const signature = aliyunSignature(params, settings.accessKeySecret);
      const query = [
        `Signature=${percentEncode(signature)}`,
        ...Object.entries(params).map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`),
      ];
      const url = `${settings.endpoint.replace(/\/$/, "")}/?${query.join("&")}`;
      let answer: AliyunAnswer;
      try {
        const response = await fetch(url, { method: "GET", signal: AbortSignal.timeout(10_000) });
        answer = (await response.json().catch(() => ({ Code: `HTTP ${response.status}` }))) as AliyunAnswer;
      } catch (error) {
        throw new SmsDeliveryError("aliyun", "network", error instanceof Error ? error.message : String(error));
      }
      if (answer.Code !== "OK") {
        throw new SmsDeliveryError(
          "aliyun",
          answer.Code ?? "unknown",
          `${answer.Message ?? ""} (RequestId ${answer.RequestId ?? "-"})`,
        );
      }
    },
  };
}
