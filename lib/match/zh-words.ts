/**
 * The word lists behind the Chinese context rules (zh-context.ts). Data, kept apart from the rules so a
 * reader can check them at a glance; every string is Simplified, because the rules read FOLDED text
 * (Traditional 縣 / 區 / 部門 arrive here as 县 / 区 / 部门). Each list says which rule reads it and why.
 *
 * The background builds the dictionary with ZH_WORDS (lib/kb/dictionary.ts) and sends it to content
 * scripts inside the serialized matcher, so these lists weigh nothing in the content-script bundle.
 */

/**
 * A body named right after one of these units is that level's own (the `local` rule): 省发改委, 市卫健委,
 * 区市场监管局, 县统计局, 自治州…, 盟…, 旗…, 镇…, 乡…; 各发改委 (each one), 各地 / 本地 / 属地 / 当地 / 所在地
 * (…地), 省级 / 市级 / 县级 / 各级 / 同级 / 本级 (…级), 县级以上地方人民政府 (…府).
 */
export const LOCAL_UNITS = '省市区县州盟旗镇乡各地级府';

/** Local prefixes longer than one unit whose last unit is not in LOCAL_UNITS: 地方发改委, 基层网信办. */
export const LOCAL_WORDS: readonly string[] = ['地方', '基层'];

/**
 * Provinces without 省 / 市 / 自治区, as news writes them (广东发改委, 上海统计局). Cities are too many for a
 * list: 深圳发改委 stays a limit (README, "Detection quality").
 */
export const PROVINCES: readonly string[] = [
  '北京',
  '天津',
  '河北',
  '山西',
  '内蒙古',
  '辽宁',
  '吉林',
  '黑龙江',
  '上海',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '广东',
  '广西',
  '海南',
  '重庆',
  '四川',
  '贵州',
  '云南',
  '西藏',
  '陕西',
  '甘肃',
  '青海',
  '宁夏',
  '新疆',
];

/**
 * An agency form that starts with one of these names the national body wherever it stands (国家统计局,
 * 中国残联, 中央网信办, 国务院国资委, 全国工商联, 中华全国工商业联合会): no local reading applies.
 */
export const NATIONAL_MARKERS: readonly string[] = ['国家', '中国', '中央', '国务院', '全国', '中华'];

/**
 * An organisation whose own department a ministry-like name after it is (the `department` rule):
 * 某某集团科技部, 某银行科技部, 某大学继续教育部 are departments of that company, bank or university.
 */
export const ORGANISATION_ENDS: readonly string[] = [
  '公司',
  '集团',
  '企业',
  '银行',
  '大学',
  '学院',
  '医院',
  '中心',
  '协会',
  '研究院',
];

/**
 * The term's first units end the word before it (the `left` rule): `head` is how the term starts,
 * `before` the units that take it, `unless` units before those that take THEM instead (提高 keeps 高 from
 * 标准: 提高标准联通水平 is about standards connectivity; 高标准联通 is connectivity of a high standard).
 */
export interface LeftWord {
  head: string;
  before: readonly string[];
  unless?: string;
}

export const LEFT_WORDS: readonly LeftWord[] = [
  // 高标准 / 低标准 are "high-/low-standard" (高标准联通, 高标准互认); 提高 / 降低 / 减低 take the 高 / 低.
  { head: '标准', before: ['高', '低'], unless: '提降减' },
  // 扩大 / 最大 / 较大 / 更大 / 庞大 / 巨大 / 加大 + 数据…: 加大数据开放力度 is 加大 + 数据开放. 增加 / 参加 /
  // 施加 / 追加 / 附加 / 添加 / 更加 take the 加 (增加大数据投入 is 增加 + 大数据); 变更 takes the 更.
  { head: '大', before: ['扩', '最', '较', '更', '庞', '巨', '加'], unless: '增参施追附添更变' },
  // 大数据局 is a (local) big-data bureau, not the national data administration's 数据局.
  { head: '数据局', before: ['大'] },
  // 电子商务部 is a company's e-commerce department, not 商务部.
  { head: '商务', before: ['电子'] },
  // 科技改革 / 科技改造 hold no 技改.
  { head: '技改', before: ['科'] },
  // 存储能力 / 仓储能力 / 收储能力: storage capacity, not energy storage.
  { head: '储能', before: ['存', '仓', '收'] },
  // 继续教育部 / 成人教育部 / 国际教育部: a university's department.
  { head: '教育部', before: ['继续', '成人', '国际'] },
];

/**
 * The term's last unit starts the word after it (the `right` rule): the term ends with `tail`, and the
 * text from that unit on starts with one of `words` — but not with one of `unless`, where the word is
 * another (部分别: 科技部 + 分别). `national: false` exempts forms with a national marker (国家标准委员会
 * still names the national body; 汽车标准委员会 is another committee).
 */
export interface RightWord {
  tail: string;
  words: readonly string[];
  unless?: readonly string[];
  national?: false;
}

export const RIGHT_WORDS: readonly RightWord[] = [
  // 农业农村部门 / 工信部门: the departments in charge of that field at any level; 科技部署: a deployment;
  // 科技部分: a part. But 科技部分别… is 科技部 + 分别, and 农业农村部门户网站 is the ministry's portal.
  {
    tail: '部',
    words: ['部门', '部署', '部分', '部位', '部件', '部队', '部落'],
    unless: ['部分别', '部门户'],
  },
  // 委员 (会): 汽车标准委员会 is another committee than 标准委 (发改委员工: 发改委 + 员工).
  { tail: '委', words: ['委员'], unless: ['委员工'], national: false },
  // 局部 / 局面 / 局势 / 局限 / 局域: 数据局部更新 holds no 数据局.
  { tail: '局', words: ['局部', '局面', '局势', '局限', '局域'] },
  // 北斗七星 is the Big Dipper, not the BeiDou system.
  { tail: '北斗', words: ['斗七星'] },
];

/**
 * Words that go between a topic and the end of a company's or office's name (the `name` rule): 智慧家居
 * [科技]有限公司, 信息通信[发展]司, 消费品[工业]司, 危险化学品[安全][监督][管理]司, 大数据[发展][管理]局.
 */
export const NAME_WORDS: readonly string[] = [
  '科技',
  '技术',
  '信息',
  '网络',
  '电子',
  '实业',
  '发展',
  '服务',
  '工程',
  '产业',
  '管理',
  '监督',
  '监管',
  '安全',
  '基础',
  '控股',
  '股份',
  '智能',
  '系统',
  '设备',
  '装备',
  '材料',
  '创新',
  '数字',
  '软件',
  '工业',
  '主管',
  '投资',
  '应用',
  '促进',
];

/**
 * The ends of such names, and the units after an end that make it another word (处于, 局面, 司法):
 * 某某人工智能集团, 某某北斗[导航][技术]集团. An office's end (`office`: 司, 局, 处, 部门, 办公室) counts only where the topic starts the office's name,
 * right after the body it belongs to (OFFICE_OWNERS) or a local prefix: 工业和信息化部信息通信发展司,
 * 国家发展改革委高技术产业司, 市大数据局. Where the topic stands further inside (生态环境部应对气候变化司) or
 * the name is an institute's or association's (中国信息通信研究院, 人工智能产业联盟), the name is about the
 * topic and it stays a mention; so does a bare 公司 (人工智能公司 are AI companies).
 */
export const NAME_ENDS: ReadonlyArray<{ end: string; unless?: string; office?: true }> = [
  { end: '集团' },
  { end: '部门', office: true },
  { end: '办公室', office: true },
  { end: '局', unless: '部面势限域', office: true },
  { end: '司', unless: '法机令仪', office: true },
  { end: '处', unless: '于理置罚在境事分', office: true },
];

/** The last units of a body's name an office's name follows: 工业和信息化部[…司], 市场监管总局[…司], 国家发展改革委[…司]. */
export const OFFICE_OWNERS = '部局委厅办署';

/** …and the last units of an office's name a list of the same body's offices goes on after: …发展司、[消费品]工业司. */
export const OFFICE_LIST_ENDS = '司局处';

/** Name words that may follow a topic before the end. */
export const MAX_NAME_WORDS = 4;

/**
 * A company's legal end closes a name whatever stands between it and the topic — name words, the rest of
 * a brand, a place in parentheses: 某某[智慧家居]科技有限公司, 北京[北斗]星通导航技术股份有限公司, 海尔[智能家居]
 * （青岛）有限公司 — within MAX_COMPANY_GAP units of CJK text without punctuation or a function word
 * (推广[北斗]的某某有限公司 is a sentence that names one).
 */
export const COMPANY_ENDS: readonly string[] = ['有限公司', '有限责任公司'];
export const MAX_COMPANY_GAP = 12;
export const FUNCTION_UNITS = '的和与及等在由为对向把被将是了并或从以于其之各该此也都要';

/**
 * Old mainland names that are the current names of Taiwan's own ministries (交通部, 農業部): in
 * Traditional text they are read as Taiwan's, on mainland pages (Simplified) as the mainland body.
 */
export const MAINLAND_ONLY: readonly string[] = ['交通部', '农业部'];

/** …except after 原 ("former"): 原農業部 is the mainland's former ministry (Taiwan's are current). */
export const FORMER = '原';

/** How far around such a name the rule looks for a Traditional-only character. */
export const SCRIPT_WINDOW = 40;

/** Every list above in one JSON-safe object: what a matcher carries (Matcher.zh). */
export interface ZhWords {
  localUnits: string;
  localWords: readonly string[];
  provinces: readonly string[];
  national: readonly string[];
  organisations: readonly string[];
  left: readonly LeftWord[];
  right: readonly RightWord[];
  nameWords: readonly string[];
  nameEnds: ReadonlyArray<{ end: string; unless?: string; office?: true }>;
  officeOwners: string;
  officeListEnds: string;
  maxNameWords: number;
  companyEnds: readonly string[];
  maxCompanyGap: number;
  functionUnits: string;
  mainlandOnly: readonly string[];
  former: string;
  scriptWindow: number;
}

export const ZH_WORDS: ZhWords = {
  localUnits: LOCAL_UNITS,
  localWords: LOCAL_WORDS,
  provinces: PROVINCES,
  national: NATIONAL_MARKERS,
  organisations: ORGANISATION_ENDS,
  left: LEFT_WORDS,
  right: RIGHT_WORDS,
  nameWords: NAME_WORDS,
  nameEnds: NAME_ENDS,
  officeOwners: OFFICE_OWNERS,
  officeListEnds: OFFICE_LIST_ENDS,
  maxNameWords: MAX_NAME_WORDS,
  companyEnds: COMPANY_ENDS,
  maxCompanyGap: MAX_COMPANY_GAP,
  functionUnits: FUNCTION_UNITS,
  mainlandOnly: MAINLAND_ONLY,
  former: FORMER,
  scriptWindow: SCRIPT_WINDOW,
};
