import { Alert, Button, Group, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { t } from '../../../i18n/offers';
import { addOffer } from '../../../workspace/edits';
import { slugId } from '../../../workspace/ids';
import { SaveBar } from '../../../workspace/SaveBar';
import { useWorkspaceEditor } from '../../../workspace/use-workspace-editor';
import { useOfferFigures } from '../hooks/use-offer-figures';
import { OfferForm } from './OfferForm';

export function OffersPage({ id }: { id: string }) {
  const editor = useWorkspaceEditor(id);
  const offers = editor.document.offers;
  const [active, setActive] = useState<string | null>(offers[0]?.id ?? null);
  const figures = useOfferFigures(editor.document);
  const current = offers.find((o) => o.id === active) ?? offers[0];

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={2} size="h3">
          {t.offers.title}
        </Title>
        <Text c="dimmed">{t.offers.intro}</Text>
      </Stack>
      {offers.length === 0 ? (
        <Alert>{t.offers.empty}</Alert>
      ) : (
        <Tabs value={current?.id ?? null} onChange={setActive}>
          <Tabs.List>
            {offers.map((offer) => (
              <Tabs.Tab key={offer.id} value={offer.id}>
                {offer.company}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </Tabs>
      )}
      {current && (
        <OfferForm
          key={current.id}
          editor={editor}
          offer={current}
          index={offers.indexOf(current)}
          figures={figures?.offers.find((o) => o.id === current.id) ?? null}
          homeCurrency={editor.document.profile.homeCurrency}
          onRemoved={() => setActive(offers.find((o) => o.id !== current.id)?.id ?? null)}
        />
      )}
      <AddOffer editor={editor} onAdded={setActive} />
      <SaveBar editor={editor} />
    </Stack>
  );
}

function AddOffer({
  editor,
  onAdded,
}: {
  editor: ReturnType<typeof useWorkspaceEditor>;
  onAdded: (id: string) => void;
}) {
  const [company, setCompany] = useState('');
  const [role, setRole] = useState('');
  const profile = editor.document.profile;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!company.trim() || !role.trim()) return;
    const id = slugId(
      company,
      editor.document.offers.map((o) => o.id),
    );
    void editor.commit((doc) =>
      addOffer(doc, {
        id,
        company: company.trim(),
        role: role.trim(),
        location: { ...profile.homeLocation },
        currency: profile.homeCurrency,
        status: 'evaluating',
        pay: { base: 0, source: 'written' },
      }),
    );
    onAdded(id);
    setCompany('');
    setRole('');
  }

  return (
    <form onSubmit={submit} aria-label={t.offers.add}>
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t.offers.company}
          value={company}
          onChange={(e) => setCompany(e.currentTarget.value)}
          style={{ flex: '1 1 160px' }}
        />
        <TextInput
          label={t.offers.role}
          value={role}
          onChange={(e) => setRole(e.currentTarget.value)}
          style={{ flex: '1 1 160px' }}
        />
        <Button type="submit" variant="light" disabled={!company.trim() || !role.trim()}>
          {t.offers.add}
        </Button>
      </Group>
    </form>
  );
}
