/**
 * What editors see in the admin for each field: a Chinese label and a one-line description.
 * Keys are content-type or component uids, then attribute names.
 */
export type FieldLabels = Record<string, Record<string, readonly [label: string, description: string]>>;

const seo = ['SEO', '搜索引擎标题与描述，留空则使用标题和摘要'] as const;
const slug = [
  '网址标识',
  '按标题自动生成（中文标题转为拼音），可修改：小写英文、数字和连字符，如 jinan-hitech；不能与其他条目重复；发布后请勿修改，否则旧链接失效',
] as const;
const cover = ['封面图片', '建议 16:9，必须填写替代文字（图片说明）'] as const;
const keyFigures = ['关键数据', '如常住人口、地区生产总值、面积，每项注明年份'] as const;
const attachments = [
  '附件',
  '供读者下载的文件：PDF、Word、Excel 或图片，可上传多个；网页上显示文件名、格式和大小，文件名请写清内容',
] as const;
const location = ['地理位置', '经纬度（WGS84），用于地图定位'] as const;

export const FIELD_LABELS: FieldLabels = {
  'api::article.article': {
    title: ['标题', '文章标题，建议不超过 40 字'],
    slug,
    summary: ['摘要', '列表页和搜索结果中显示，一两句话'],
    body: ['正文', 'Markdown 格式；不支持脚本和内嵌框架，此类内容会被自动移除'],
    cover,
    attachments,
    column: ['栏目', '文章所属栏目，决定在网站哪个版块显示'],
    releasedAt: ['发布时间', '显示在文章页的发布时间（北京时间）'],
    publishAt: [
      '定时发布时间',
      '到这个时间（北京时间）自动发布并更新网站；设定后保存即可，不要点“发布”。留空则手动发布',
    ],
    source: ['来源', '稿件来源单位，如 山东省商务厅'],
    editor: ['编辑', '责任编辑姓名'],
    city: ['所属城市', '与文章相关的城市（可选）'],
    industries: ['相关产业', '与文章相关的十强产业（可选）'],
    parks: ['相关园区', '与文章相关的经济园区（可选）'],
    seo,
  },
  'api::city.city': {
    name: ['城市名称', '如 济南'],
    slug,
    adminCode: ['行政区划代码', '六位代码，如 370100'],
    order: ['排序', '城市在列表中的顺序，按官方顺序 1–16'],
    overview: ['概况', '城市简介，两三句话'],
    body: ['详细介绍', 'Markdown 格式'],
    keyFigures,
    location,
    cover,
    industries: ['优势产业', '该市重点发展的十强产业'],
    parks: ['经济园区', '位于该市的园区（在园区中设置所属城市）'],
    projects: ['招商项目', '位于该市的项目（在项目中设置所属城市）'],
    contacts: ['服务机构', '该市的联络机构（在联络机构中设置所属城市）'],
    articles: ['相关文章', '与该市相关的文章（在文章中设置所属城市）'],
    seo,
  },
  'api::industry.industry': {
    name: ['产业名称', '如 新一代信息技术'],
    slug,
    order: ['排序', '十强产业官方顺序 1–10'],
    summary: ['简介', '一两句话概括'],
    body: ['详细介绍', 'Markdown 格式'],
    keyFigures,
    cover,
    cities: ['重点城市', '在城市中设置优势产业'],
    parks: ['相关园区', '在园区中设置主导产业'],
    projects: ['相关项目', '在项目中设置所属产业'],
    articles: ['相关文章', '在文章中设置相关产业'],
    seo,
  },
  'api::park.park': {
    name: ['园区名称', '全称，如 济南高新技术产业开发区'],
    slug,
    parkType: ['园区类型', '经济技术开发区、高新技术产业开发区或海关特殊监管区域'],
    level: ['级别', '国家级或省级'],
    city: ['所在城市', '园区所在的设区市'],
    industries: ['主导产业', '园区重点发展的十强产业'],
    areaKm2: ['规划面积', '单位：平方千米'],
    foundedYear: ['设立年份', '如 1991'],
    address: ['地址', '管委会地址'],
    location,
    website: ['官方网站', '以 http:// 或 https:// 开头'],
    summary: ['简介', '一两句话概括'],
    body: ['详细介绍', 'Markdown 格式'],
    contact: ['联系方式', '招商部门电话、邮箱、地址'],
    cover,
    articles: ['相关文章', '在文章中设置相关园区'],
    seo,
  },
  'api::contact.contact': {
    organization: ['机构名称', '全称'],
    slug,
    category: ['类别', '政府职能部门、投资促进机构、省政府驻外经贸代表处或各市服务机构'],
    city: ['所在城市', '各市服务机构必填'],
    region: ['国家或地区', '驻外代表处所在国家或地区'],
    address: ['地址', '办公地址'],
    phone: ['电话', '含区号，如 0531-12345678'],
    email: ['电子邮箱', '对外公开的邮箱'],
    website: ['网站', '以 http:// 或 https:// 开头'],
    order: ['排序', '同类别内的顺序，数字小的在前'],
    description: ['职能说明', '一句话说明可为投资者提供的服务'],
  },
  'api::project.project': {
    name: ['项目名称', '如 年产 10 万吨新材料项目'],
    slug,
    city: ['所在城市', '项目所在的设区市'],
    industry: ['所属产业', '十强产业之一'],
    totalInvestment: ['总投资', '单位：亿元'],
    cooperationMode: ['合作方式', '独资、合资、参股、合作或其他'],
    stage: ['项目进展', '招商中、洽谈中或已签约'],
    summary: ['项目简介', '一两句话概括'],
    body: ['项目详情', 'Markdown 格式：项目概况、建设内容、合作方式、市场前景'],
    attachments,
    contact: ['联系方式', '项目联系人、电话、邮箱'],
    seo,
  },
  'api::suggestion.suggestion': {
    name: ['姓名', '提交人填写的姓名'],
    email: ['电子邮箱', '提交人填写的邮箱，仅供回复使用，不对外公开'],
    subject: ['主题', '建议主题'],
    message: ['内容', '建议正文'],
    language: ['语言', '提交时网页的语言'],
  },
  'api::site-setting.site-setting': {
    siteName: ['站点名称', '显示在页眉和浏览器标题中'],
    slogan: ['口号', '显示在站点名称旁'],
    navigation: ['导航', '页眉导航项，按顺序显示'],
    footerText: ['页脚文字', '主办单位、版权等信息'],
    seo,
  },
  'api::advantages-page.advantages-page': {
    title: ['页面标题', '如 山东优势'],
    intro: ['导语', '页面开头的一段介绍'],
    advantages: ['十大优势', '按顺序填写十项优势'],
    seo,
  },
  'shared.seo': {
    metaTitle: ['SEO 标题', '不超过 70 字符，留空则使用标题'],
    metaDescription: ['SEO 描述', '不超过 160 字符，留空则使用摘要'],
  },
  'shared.key-figure': {
    label: ['指标', '如 常住人口'],
    value: ['数值', '如 941.5'],
    unit: ['单位', '如 万人'],
    year: ['年份', '数据所属年份'],
  },
  'shared.geo-point': {
    latitude: ['纬度', '如 36.6512'],
    longitude: ['经度', '如 117.1201'],
  },
  'shared.contact-info': {
    person: ['联系人或部门', '如 招商服务科'],
    phone: ['电话', '含区号'],
    email: ['电子邮箱', '对外公开的邮箱'],
    address: ['地址', '办公地址'],
  },
  'shared.nav-item': {
    label: ['名称', '导航上显示的文字'],
    href: ['链接', '站内路径，如 /cities/'],
  },
  'shared.advantage': {
    key: ['优势类别', '十大优势之一'],
    title: ['标题', '如 完善的基础设施'],
    summary: ['概述', '一两句话'],
    body: ['详细介绍', 'Markdown 格式'],
  },
};
