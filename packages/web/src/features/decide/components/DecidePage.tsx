import { Alert, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { t } from '../../../i18n';
import { useWorkspaceEditor } from '../../../workspace/use-workspace-editor';
import { MessageWorkbench } from './MessageWorkbench';

export function DecidePage({ id }: { id: string }) {
  const editor = useWorkspaceEditor(id);
  const offers = editor.document.offers;
  const [picked, setPicked] = useState(offers[0]?.id ?? '');
  const offer = offers.find((o) => o.id === picked) ?? offers[0];
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={2} size="h3">
          {t.decide.title}
        </Title>
        <Text c="dimmed">{t.decide.intro}</Text>
      </Stack>
      {!offer ? (
        <Alert>{t.compare.noOffers}</Alert>
      ) : (
        <>
          <SegmentedControl
            aria-label={t.decide.offer}
            value={offer.id}
            onChange={setPicked}
            data={offers.map((o) => ({ value: o.id, label: o.company }))}
            w="fit-content"
            maw="100%"
          />
          <MessageWorkbench key={offer.id} editor={editor} offerId={offer.id} />
        </>
      )}
    </Stack>
  );
}
