export declare const DEMO_PASSWORD: string;
export declare const DEMO_ACCOUNTS: {
  key: "admin" | "secretary" | "member" | "unitAdmin";
  role: "ADMIN" | "SECRETARY" | "MEMBER" | "UNIT_ADMIN";
  phone: string;
  name: string;
  label: string;
}[];
