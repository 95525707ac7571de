/**
 * Chinese for the i18n plugin (the locale picker, copying and publishing locales, locale
 * settings) that Strapi's zh-Hans lacks. Keys carry the plugin id.
 */
export const i18nTranslations: Record<string, string> = {
  'i18n.CMEditViewAITranslation.job-completed': 'AI 翻译已完成！',
  'i18n.CMEditViewAITranslation.job-failed': 'AI 翻译失败，请重试。',
  'i18n.CMEditViewAITranslation.settings-link': '{enabled, select, true {在设置中停用} other {在设置中启用}}',
  'i18n.CMEditViewAITranslation.status-aria-label': 'AI 翻译状态',
  'i18n.CMEditViewAITranslation.status-description':
    '每次保存默认语言的修改时，AI 会翻译所有其他语言的内容。',
  'i18n.CMEditViewAITranslation.status-title':
    '{enabled, select, true {AI 翻译已启用} other {AI 翻译已停用}}',
  'i18n.CMEditViewBulkLocale.continue-confirmation': '确定继续吗？',
  'i18n.CMEditViewBulkLocale.draft-relation-warning':
    '部分语言版本关联了草稿条目，发布后网站上可能出现失效的链接。',
  'i18n.CMEditViewBulkLocale.publication-status': '发布状态',
  'i18n.CMEditViewBulkLocale.publish-title': '发布多个语言版本',
  'i18n.CMEditViewBulkLocale.status': '状态',
  'i18n.CMEditViewBulkLocale.unpublish-title': '取消发布多个语言版本',
  'i18n.CMEditViewCopyLocale.cancel-text': '不，取消',
  'i18n.CMEditViewCopyLocale.dialog.body': '当前内容将被清除，并填入所选语言版本的内容：',
  'i18n.CMEditViewCopyLocale.dialog.field.label': '语言',
  'i18n.CMEditViewCopyLocale.dialog.field.placeholder': '选择一种语言…',
  'i18n.CMEditViewCopyLocale.dialog.title': '确认',
  'i18n.CMEditViewLocalePicker.locale.ai-translations': 'AI 翻译：',
  'i18n.CMEditViewLocalePicker.locale.create': '创建<bold>{locale}</bold>版本',
  'i18n.CMListView.popover.display-locales.label': '显示已有的语言版本',
  'i18n.CMListView.popover.display-locales.more': '{locales} 等 {count} 种',
  'i18n.Settings.aiLocalizations.description':
    '每次在内容管理中保存时，AI 会根据默认语言自动翻译其他所有语言。',
  'i18n.Settings.aiLocalizations.label': 'AI 翻译',
  'i18n.Settings.list.actions.publishAdditionalInfos': '将发布当前语言版本<em>（国际化）</em>',
  'i18n.Settings.list.actions.unpublishAdditionalInfos': '将取消发布当前语言版本<em>（国际化）</em>',
  'i18n.Settings.locales.default': '默认',
  'i18n.Settings.locales.list.sort.default': '按默认语言排序',
  'i18n.Settings.locales.list.sort.displayName': '按显示名称排序',
  'i18n.Settings.locales.list.sort.id': '按 ID 排序',
  'i18n.Settings.locales.modal.create.code.error': '请选择一种语言',
  'i18n.Settings.locales.modal.create.name.error.min': '语言显示名称不能超过 50 个字符。',
  'i18n.Settings.locales.modal.create.name.error.required': '请填写语言显示名称',
  'i18n.Settings.locales.row.displayName': '显示名称',
  'i18n.Settings.locales.row.id': 'ID',
  'i18n.actions.delete.dialog.body': '确定删除此语言版本吗？',
  'i18n.actions.delete.dialog.title': '确认',
  'i18n.actions.delete.error': '删除此语言版本时出错。',
  'i18n.actions.delete.label': '删除此语言版本（{locale}）',
  'i18n.actions.select-locale': '选择语言',
  'i18n.list-view.table.header.label': '已有语言',
};
