// Plausible demo content for one street. Deterministic: the same data on every machine.

export const STREET_NAME = "东湖街道";

export const COMMUNITIES = [
  {
    name: "东湖社区",
    grids: [
      ["1号楼", "2号楼", "3号楼", "5号楼"],
      ["6号楼", "7号楼", "8号楼"],
      ["9号楼", "10号楼", "11号楼", "12号楼"],
    ],
  },
  {
    name: "桂花苑社区",
    grids: [
      ["桂花苑1幢", "桂花苑2幢", "桂花苑3幢"],
      ["桂花苑4幢", "桂花苑5幢", "桂花苑6幢"],
      ["桂花苑7幢", "桂花苑8幢"],
      ["桂花苑9幢", "桂花苑10幢", "桂花苑11幢"],
    ],
  },
  {
    name: "滨河社区",
    grids: [
      ["滨河新村1栋", "滨河新村2栋", "滨河新村3栋"],
      ["滨河新村4栋", "滨河新村5栋"],
      ["滨河家园A座", "滨河家园B座", "滨河家园C座"],
    ],
  },
];

export const GRID_NAMES = ["第一网格", "第二网格", "第三网格", "第四网格"];

export const WORK_UNITS = [
  {
    name: "东湖区人民医院",
    partyBranchName: "东湖区人民医院党委",
    inArea: true,
    contactName: "赵敏",
    contactPhone: "0571-86120001",
    address: "东湖路 88 号",
  },
  {
    name: "东湖区第一中学",
    partyBranchName: "东湖区第一中学党总支",
    inArea: true,
    contactName: "孙丽",
    contactPhone: "0571-86120002",
    address: "学府路 12 号",
  },
  {
    name: "国家税务总局东湖区税务局",
    partyBranchName: "东湖区税务局机关党委",
    inArea: true,
    contactName: "周强",
    contactPhone: "0571-86120003",
    address: "东湖路 200 号",
  },
  {
    name: "国网东湖供电公司",
    partyBranchName: "国网东湖供电公司党委",
    inArea: false,
    contactName: "吴刚",
    contactPhone: "0571-86120004",
    address: "滨江大道 501 号",
  },
  {
    name: "中国建设银行东湖支行",
    partyBranchName: "建设银行东湖支行党支部",
    inArea: true,
    contactName: "郑芳",
    contactPhone: "0571-86120005",
    address: "桂花路 36 号",
  },
  {
    name: "市自来水有限公司",
    partyBranchName: "市自来水有限公司党委",
    inArea: false,
    contactName: "冯涛",
    contactPhone: "0571-86120006",
    address: "清泉路 9 号",
  },
  {
    name: "东湖区人民法院",
    partyBranchName: "东湖区人民法院机关党委",
    inArea: true,
    contactName: "褚静",
    contactPhone: "0571-86120007",
    address: "正义路 1 号",
  },
  {
    name: "华信科技有限公司",
    partyBranchName: "华信科技有限公司党支部",
    inArea: false,
    contactName: "卫华",
    contactPhone: "13957100008",
    address: "高新区创新路 66 号",
  },
  {
    name: "市图书馆",
    partyBranchName: "市图书馆党支部",
    inArea: false,
    contactName: "蒋红",
    contactPhone: "0571-86120009",
    address: "文化路 3 号",
  },
  {
    name: "东湖区城市管理局",
    partyBranchName: "东湖区城市管理局机关党支部",
    inArea: true,
    contactName: "沈军",
    contactPhone: "0571-86120010",
    address: "东湖路 150 号",
  },
  {
    name: "滨河小学",
    partyBranchName: "滨河小学党支部",
    inArea: true,
    contactName: "韩梅",
    contactPhone: "0571-86120011",
    address: "滨河路 20 号",
  },
  {
    name: "市公交集团第三分公司",
    partyBranchName: "市公交集团第三分公司党总支",
    inArea: false,
    contactName: "杨帆",
    contactPhone: "0571-86120012",
    address: "客运路 5 号",
  },
];

/** Employers that have not registered their party organization in the portal. */
export const UNREGISTERED_EMPLOYERS = [
  { name: "东湖律师事务所", branch: "东湖律师事务所党支部" },
  { name: "浙东建筑设计院", branch: "浙东建筑设计院党支部" },
  { name: "市疾病预防控制中心", branch: "市疾控中心第二党支部" },
  { name: "恒远物流有限公司", branch: "恒远物流党支部" },
];

export const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢".split("");
export const GIVEN_NAMES = [
  "伟",
  "芳",
  "娜",
  "秀英",
  "敏",
  "静",
  "丽",
  "强",
  "磊",
  "军",
  "洋",
  "勇",
  "艳",
  "杰",
  "娟",
  "涛",
  "明",
  "超",
  "秀兰",
  "霞",
  "平",
  "刚",
  "桂英",
  "建华",
  "文",
  "华",
  "玉兰",
  "红",
  "建国",
  "志强",
  "海燕",
  "晓东",
  "春梅",
  "国庆",
  "丹",
  "鹏",
  "欣怡",
  "子涵",
  "浩然",
  "思远",
];

export const SKILLS = [
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
  "烹饪",
  "急救培训",
  "税务咨询",
  "金融知识",
  "体育健身",
  "写作宣传",
  "维修家电",
];

export const INTERESTS = ["ENVIRONMENT", "CIVILITY", "AID", "SECURITY", "PUBLICITY", "CULTURE", "ADVICE"];

export const POSITIONS = [
  "科员",
  "医生",
  "护士",
  "教师",
  "工程师",
  "会计",
  "法官",
  "客户经理",
  "项目经理",
  "驾驶员",
  "主任",
  "技术员",
];

/** Small deterministic PRNG (mulberry32) so every machine gets the same demo data. */
export function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
