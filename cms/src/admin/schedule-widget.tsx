import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import { useFetchClient, Widget } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { adminLanguage } from './admin-language';

/** One scheduled draft as GET /site-schedule/status sends it (cms/src/scheduling/schedule-status.ts). */
interface ScheduledItem {
  uid: string;
  documentId: string;
  locale: string | null;
  publishAt: string;
  state: 'waiting' | 'held' | 'due' | 'refused';
  text: Record<'zh-Hans' | 'en', string>;
}

// A refused publish should reach the editor within the minute the scheduler ticks.
const POLL_MS = 15000;

const WORDS = {
  'zh-Hans': {
    none: '没有定时发布的内容。在文章的“定时发布时间”中填写时间并保存，到时自动发布。',
    unavailable: '无法读取定时发布状态',
    waiting: '等待发布',
    held: '等待文章日期',
    due: '即将发布',
    refused: '未能发布',
  },
  en: {
    none: 'Nothing is scheduled. Set an article’s publication time and save it: it publishes itself then.',
    unavailable: 'Cannot read the schedule',
    waiting: 'Scheduled',
    held: 'Waiting for its date',
    due: 'Publishing now',
    refused: 'Not published',
  },
};

const BADGE: Record<ScheduledItem['state'], { background: string; text: string }> = {
  waiting: { background: 'primary100', text: 'primary700' },
  held: { background: 'warning100', text: 'warning700' },
  due: { background: 'success100', text: 'success700' },
  refused: { background: 'danger100', text: 'danger700' },
};

/** The scheduled drafts, refreshed while the widget is open. */
function useSchedule(): { items: ScheduledItem[]; error: string | null; loading: boolean } {
  const { get } = useFetchClient();
  const [state, setState] = useState<{ items: ScheduledItem[]; error: string | null; loading: boolean }>({
    items: [],
    error: null,
    loading: true,
  });
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const load = async () => {
      try {
        const { data } = await get<{ data: ScheduledItem[] }>('/site-schedule/status');
        if (!stopped) setState({ items: data.data, error: null, loading: false });
      } catch (error) {
        if (!stopped) setState({ items: [], error: (error as Error).message, loading: false });
      }
      if (!stopped) timer = setTimeout(load, POLL_MS);
    };
    load();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [get]);
  return state;
}

/** The homepage widget: what is scheduled and when it publishes, refused ones first with what to do. */
export function ScheduleWidget() {
  const language = adminLanguage();
  const words = WORDS[language];
  const { items, error, loading } = useSchedule();
  if (loading) return <Widget.Loading />;
  if (error) return <Widget.Error>{`${words.unavailable}: ${error}`}</Widget.Error>;
  if (items.length === 0) return <Widget.NoData>{words.none}</Widget.NoData>;
  const ordered = [
    ...items.filter((item) => item.state === 'refused'),
    ...items.filter((item) => item.state !== 'refused'),
  ];
  return (
    <Flex direction="column" alignItems="stretch" gap={3} data-testid="site-schedule">
      {ordered.map((item) => (
        <Box key={`${item.uid} ${item.documentId} ${item.locale}`}>
          <Flex gap={2} alignItems="flex-start">
            <Badge backgroundColor={BADGE[item.state].background} textColor={BADGE[item.state].text}>
              {words[item.state]}
            </Badge>
            <Typography variant="omega">{item.text[language]}</Typography>
          </Flex>
        </Box>
      ))}
    </Flex>
  );
}
