import type { SiteLocale } from '../locales.ts';

/** One part of the accessibility statement: a heading with paragraphs and/or a list. */
export interface StatementSection {
  id: string;
  heading: string;
  paragraphs: string[];
  items?: string[];
}

/** The accessibility statement's text; the feedback section's link to the contacts is added by the page. */
export interface AccessibilityStatement {
  title: string;
  description: string;
  intro: string;
  sections: StatementSection[];
  feedbackHeading: string;
  feedbackBefore: string;
  feedbackLink: string;
  feedbackAfter: string;
}

const zh: AccessibilityStatement = {
  title: '无障碍声明',
  description: '“选择山东”网站的无障碍目标、测试方法、已知限制和问题反馈途径。',
  intro:
    '我们希望每一位读者——无论使用手机还是电脑，使用鼠标、键盘还是读屏软件——都能顺利查阅本站的投资资讯、城市、产业、园区、项目和联络信息。',
  sections: [
    {
      id: 'conformance',
      heading: '符合目标',
      paragraphs: [
        '本站以《Web 内容无障碍指南》（WCAG）2.2 AA 级为目标。根据下文所述的测试，本站各类页面的中文版和英文版基本符合该标准，已知限制列于本页。',
      ],
    },
    {
      id: 'measures',
      heading: '我们采取的措施',
      paragraphs: [],
      items: [
        '每页都有页眉、主导航、正文和页脚等地标，以及“跳到正文”链接；除首页外均有面包屑导航。',
        '所有功能均可用键盘操作，焦点位置清晰可见；手机上的栏目菜单使用原生展开控件，不依赖脚本。',
        '文字与背景的颜色对比度符合 AA 级要求；页面可放大到 400% 而不需要横向滚动。',
        '每个页面标注语言，页面中另一种语言的文字（例如语言切换链接）单独标注。',
        '内容管理系统要求编辑为图片填写替代文本。',
        '园区、项目和岗位筛选在不启用 JavaScript 时以链接形式使用，启用后可组合筛选。',
        '城市地图另提供文字列表，读屏软件用户可直接选择城市。',
      ],
    },
    {
      id: 'testing',
      heading: '测试方法',
      paragraphs: [
        '我们在无头 Chromium 浏览器中使用 axe-core 对首页、栏目页、城市、产业、园区、项目、政策、活动、岗位、文章、联络和搜索等各类页面的中英文版本进行自动检查，分别在手机（390 像素）和桌面（1280 像素）宽度下进行，并用 HTML 验证工具检查每个页面。',
        '自动检查之外，我们仅使用键盘（Tab、Shift+Tab、Enter、空格键）逐页操作主要流程：从首页进入城市、园区和文章，切换语言，搜索并筛选结果。',
      ],
    },
    {
      id: 'limitations',
      heading: '已知限制',
      paragraphs: [],
      items: [
        '全文搜索需要启用 JavaScript；未启用时，可通过栏目导航、城市、产业和园区目录查找内容。',
        '部分文章只有中文版本；在英文页面中，这类文章不显示，语言切换链接指向对应栏目页。',
        '园区官网等外部网站不属于本站，其无障碍情况我们无法保证。',
        '编辑早期上传的部分图片，替代文本可能不够详尽，我们会在日常维护中逐步完善。',
      ],
    },
  ],
  feedbackHeading: '问题反馈',
  feedbackBefore: '如果您在使用本站时遇到无障碍问题，请通过',
  feedbackLink: '联络我们',
  feedbackAfter: '栏目中的投资促进机构与我们联系，并告诉我们页面地址和遇到的问题。我们会尽快答复并修正。',
};

const en: AccessibilityStatement = {
  title: 'Accessibility statement',
  description:
    'Accessibility of the Select Shandong website: our target, how we test, known limitations and how to report a problem.',
  intro:
    'We want every reader — on a phone or a computer, with a mouse, a keyboard or a screen reader — to be able to use the investment news, cities, industries, parks, projects and contacts on this site.',
  sections: [
    {
      id: 'conformance',
      heading: 'Conformance target',
      paragraphs: [
        'This site aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. Based on the testing described below, the Chinese and English versions of every page type largely meet that standard, with the known limitations listed on this page.',
      ],
    },
    {
      id: 'measures',
      heading: 'What we do',
      paragraphs: [],
      items: [
        'Every page has header, navigation, main and footer landmarks and a “Skip to content” link; every page below the home page has a breadcrumb trail.',
        'Everything works with the keyboard and the focus is always visible; the menu on phones is a native disclosure that needs no script.',
        'Text and background colours meet the AA contrast ratios; pages can be zoomed to 400% without horizontal scrolling.',
        'Every page declares its language, and text in the other language (such as the language switch) is marked as such.',
        'The content management system requires editors to write alternative text for images.',
        'Park, project and job filters work as plain links without JavaScript and combine instantly with it.',
        'The city map comes with a text list, so screen-reader users can pick a city directly.',
      ],
    },
    {
      id: 'testing',
      heading: 'How we test',
      paragraphs: [
        'We run axe-core in headless Chromium on every page type — home, section listings, cities, industries, parks, projects, policies, events, jobs, articles, contacts and search — in both languages, at phone (390 px) and desktop (1280 px) widths, and check every page with an HTML validator.',
        'Beyond the automated checks, we walk through the main tasks with the keyboard alone (Tab, Shift+Tab, Enter, Space): from the home page to a city, a park and an article, switching language, searching and filtering results.',
      ],
    },
    {
      id: 'limitations',
      heading: 'Known limitations',
      paragraphs: [],
      items: [
        'Full-text search needs JavaScript; without it, content can be found through the section navigation and the city, industry and park directories.',
        'Some articles exist in Chinese only; they are not listed on English pages, and the language switch on such an article leads to the English section page.',
        'External websites, such as those of parks, are not part of this site and we cannot vouch for their accessibility.',
        'Some images uploaded early on may have brief alternative text; we improve it as part of regular editing.',
      ],
    },
  ],
  feedbackHeading: 'Reporting a problem',
  feedbackBefore:
    'If you meet an accessibility problem on this site, please tell one of the investment promotion agencies listed under ',
  feedbackLink: 'Contact us',
  feedbackAfter:
    ', with the address of the page and what went wrong. We will reply and fix it as soon as we can.',
};

/** The accessibility statement, by locale. */
export const ACCESSIBILITY_STATEMENT: Record<SiteLocale, AccessibilityStatement> = { zh, en };
