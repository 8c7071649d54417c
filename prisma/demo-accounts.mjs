// The demo accounts, one per role: used by the seed, printed by `npm start`, listed in the README
// and signed in with by the browser tests.
export const DEMO_PASSWORD = "Demo@2026";

export const DEMO_ACCOUNTS = [
  { key: "admin", role: "ADMIN", phone: "13900000001", name: "王建国", label: "街道管理员 Street admin" },
  { key: "secretary", role: "SECRETARY", phone: "13900000002", name: "李秀英", label: "社区书记 Secretary" },
  { key: "member", role: "MEMBER", phone: "13900000003", name: "张伟", label: "党员 Member" },
  { key: "unitAdmin", role: "UNIT_ADMIN", phone: "13900000004", name: "陈静", label: "单位党组织 Work unit" },
];
