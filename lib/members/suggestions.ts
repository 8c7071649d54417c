/** Skills offered as quick picks; members may type others. Stored as typed (user data). */
export const SKILL_SUGGESTIONS = [
  "法律咨询",
  "医疗保健",
  "心理疏导",
  "教育辅导",
  "文艺演出",
  "摄影摄像",
  "电脑维修",
  "水电维修",
  "书法绘画",
  "理发",
  "外语翻译",
  "财务会计",
  "驾驶",
  "急救培训",
  "税务咨询",
  "写作宣传",
];

/** The eight service categories from the essays, as codes; labels are in messages (categories.*). */
export const SERVICE_CATEGORY_CODES = [
  "ENVIRONMENT",
  "CIVILITY",
  "AID",
  "SECURITY",
  "PUBLICITY",
  "CULTURE",
  "ADVICE",
  "SELF_PROPOSED",
] as const;
