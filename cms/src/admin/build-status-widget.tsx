import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import { useFetchClient, Widget } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { adminLanguage } from './admin-language';

/** A text in both admin languages, as the build-status route sends it. */
type EditorText = Record<'zh-Hans' | 'en', string>;

/** The part of GET /site-build/status the widget shows (cms/src/build-status/status-route.ts). */
interface BuildStatusView {
  updatedAt: string;
  rebuild: { waiting: boolean; nextRunAt: string | null; running: boolean; queued: boolean };
  lastRun: {
    status: 'published' | 'unchanged' | 'failed';
    finishedAt: string;
    durationMs: number;
    pageCount: number | null;
    changes: {
      counts: { added: number; changed: number; removed: number };
      added: EditorText[];
      changed: EditorText[];
      removed: EditorText[];
    } | null;
    failure: { step: string; message: string } | null;
    reason: EditorText | null;
  } | null;
}

// While a build waits or runs, the editor watches it happen; otherwise a slow refresh is enough.
const POLL_BUSY_MS = 2000;
const POLL_IDLE_MS = 15000;

const WORDS = {
  'zh-Hans': {
    none: '还没有构建记录：网站第一次构建完成后在此显示。',
    unavailable: '无法读取网站构建状态',
    published: '已更新',
    unchanged: '内容无变化',
    failed: '构建失败',
    finished: '完成于',
    took: (s: string) => `用时 ${s} 秒`,
    pages: (n: number) => `共 ${n} 个页面`,
    running: '正在构建网站……',
    waiting: (at: string) => `已收到发布，将于 ${at} 开始构建`,
    queued: '本次构建后还会再构建一次（包含刚才的发布）',
    changes: (c: { added: number; changed: number; removed: number }) =>
      `新增 ${c.added} · 修改 ${c.changed} · 删除 ${c.removed}`,
    added: '新增',
    changed: '修改',
    removed: '删除',
    firstBuild: '首次构建（无可比较的上一版本）',
    detail: '技术信息',
  },
  en: {
    none: 'No build yet: the first build of the site shows here.',
    unavailable: 'Cannot read the site build status',
    published: 'Site updated',
    unchanged: 'No changes',
    failed: 'Build failed',
    finished: 'Finished',
    took: (s: string) => `took ${s} s`,
    pages: (n: number) => `${n} pages`,
    running: 'Building the site…',
    waiting: (at: string) => `Publish received; the build starts at ${at}`,
    queued: 'One more build follows this one (with the latest publish)',
    changes: (c: { added: number; changed: number; removed: number }) =>
      `${c.added} added · ${c.changed} changed · ${c.removed} removed`,
    added: 'Added',
    changed: 'Changed',
    removed: 'Removed',
    firstBuild: 'First build (nothing earlier to compare with)',
    detail: 'Technical details',
  },
};

const BADGE: Record<'published' | 'unchanged' | 'failed', { background: string; text: string }> = {
  published: { background: 'success100', text: 'success700' },
  unchanged: { background: 'neutral150', text: 'neutral700' },
  failed: { background: 'danger100', text: 'danger700' },
};

/** The status, refreshed while the widget is open (faster while a build waits or runs). */
function useBuildStatus(): { status: BuildStatusView | null; error: string | null; loading: boolean } {
  const { get } = useFetchClient();
  const [state, setState] = useState<{
    status: BuildStatusView | null;
    error: string | null;
    loading: boolean;
  }>({ status: null, error: null, loading: true });
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const load = async () => {
      let busy = false;
      try {
        const { data } = await get<{ data: BuildStatusView | null; error?: string }>('/site-build/status');
        busy = Boolean(data.data && (data.data.rebuild.waiting || data.data.rebuild.running));
        if (!stopped) setState({ status: data.data, error: data.error ?? null, loading: false });
      } catch (error) {
        if (!stopped) setState({ status: null, error: (error as Error).message, loading: false });
      }
      if (!stopped) timer = setTimeout(load, busy ? POLL_BUSY_MS : POLL_IDLE_MS);
    };
    load();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [get]);
  return state;
}

/** A list of changed documents under its heading, or nothing when empty. */
function ChangeList({
  heading,
  items,
  language,
}: {
  heading: string;
  items: EditorText[];
  language: 'zh-Hans' | 'en';
}) {
  if (items.length === 0) return null;
  return (
    <Box>
      <Typography variant="sigma" textColor="neutral600">
        {heading}
      </Typography>
      <ul style={{ margin: 0, padding: 0, listStyle: 'none' }}>
        {items.map((item) => (
          <li key={item[language]}>
            <Typography variant="omega">{item[language]}</Typography>
          </li>
        ))}
      </ul>
    </Box>
  );
}

/** The homepage widget: when the site was last built, how it ended, what changed, and what waits. */
export function BuildStatusWidget() {
  const language = adminLanguage();
  const words = WORDS[language];
  const { status, error, loading } = useBuildStatus();
  if (loading) return <Widget.Loading />;
  if (error) return <Widget.Error>{`${words.unavailable}: ${error}`}</Widget.Error>;
  if (!status?.lastRun) return <Widget.NoData>{words.none}</Widget.NoData>;
  const run = status.lastRun;
  const locale = language === 'zh-Hans' ? 'zh-CN' : 'en-GB';
  const time = (iso: string) => new Date(iso).toLocaleString(locale);
  const clock = (iso: string) => new Date(iso).toLocaleTimeString(locale);
  const badge = BADGE[run.status];
  return (
    <Flex direction="column" alignItems="stretch" gap={3} data-testid="site-build-status">
      <Flex gap={2} wrap="wrap">
        <Badge backgroundColor={badge.background} textColor={badge.text}>
          {words[run.status]}
        </Badge>
        <Typography variant="omega" textColor="neutral600">
          {`${words.finished} ${time(run.finishedAt)} · ${words.took((run.durationMs / 1000).toFixed(0))}`}
          {run.pageCount !== null ? ` · ${words.pages(run.pageCount)}` : ''}
        </Typography>
      </Flex>
      {status.rebuild.running && <Typography fontWeight="bold">{words.running}</Typography>}
      {status.rebuild.waiting && status.rebuild.nextRunAt && (
        <Typography fontWeight="bold">{words.waiting(clock(status.rebuild.nextRunAt))}</Typography>
      )}
      {status.rebuild.queued && <Typography>{words.queued}</Typography>}
      {run.reason && (
        <Box padding={3} background="danger100" hasRadius>
          <Typography textColor="danger700">{run.reason[language]}</Typography>
        </Box>
      )}
      {run.failure && (
        <details>
          <summary>
            <Typography variant="pi" textColor="neutral600">
              {words.detail}
            </Typography>
          </summary>
          <pre style={{ whiteSpace: 'pre-wrap', fontSize: '12px', margin: 0 }}>
            {`${run.failure.step}: ${run.failure.message}`}
          </pre>
        </details>
      )}
      {run.status !== 'failed' &&
        (run.changes ? (
          <>
            <Typography>{words.changes(run.changes.counts)}</Typography>
            <ChangeList heading={words.added} items={run.changes.added} language={language} />
            <ChangeList heading={words.changed} items={run.changes.changed} language={language} />
            <ChangeList heading={words.removed} items={run.changes.removed} language={language} />
          </>
        ) : (
          <Typography textColor="neutral600">{words.firstBuild}</Typography>
        ))}
    </Flex>
  );
}
