import { Button, Group, Stack } from '@mantine/core';
import type { Offer, OfferEvaluation } from '@offerwise/core';
import { t } from '../../../i18n/offers';
import { removeOffer } from '../../../workspace/edits';
import type { WorkspaceEditor } from '../../../workspace/use-workspace-editor';
import { PayChart } from './PayChart';
import { BenefitsSection } from './sections/BenefitsSection';
import { ContactsSection } from './sections/ContactsSection';
import { CounterOffersSection } from './sections/CounterOffersSection';
import { EquitySection } from './sections/EquitySection';
import { HistorySection } from './sections/HistorySection';
import { PaySection } from './sections/PaySection';
import { ProcessSection } from './sections/ProcessSection';
import { RatingsSection } from './sections/RatingsSection';
import { RelocationSection } from './sections/RelocationSection';
import { RoleSection } from './sections/RoleSection';
import { VisaSection } from './sections/VisaSection';

interface Props {
  editor: WorkspaceEditor;
  offer: Offer;
  index: number;
  figures: OfferEvaluation | null;
  homeCurrency: string;
  onRemoved: () => void;
}

/**
 * One offer, section by section as the file groups it. Each section edits its own slice of the
 * document by path (workspace/fields.tsx over workspace/edits.ts), so none writes a field it
 * does not show.
 */
export function OfferForm({ editor, offer, index, figures, homeCurrency, onRemoved }: Props) {
  const at = ['offers', index] as const;
  return (
    <Stack gap="md" data-testid={`offer-form-${offer.id}`}>
      <RoleSection editor={editor} at={at} />
      <PaySection editor={editor} at={at} />
      <EquitySection editor={editor} at={at} />
      <BenefitsSection editor={editor} at={at} />
      <RelocationSection editor={editor} at={at} />
      <VisaSection editor={editor} at={at} />
      <RatingsSection editor={editor} at={at} />
      <ContactsSection editor={editor} at={at} />
      <ProcessSection editor={editor} at={at} />
      <CounterOffersSection editor={editor} at={at} />
      <HistorySection editor={editor} at={at} />
      <PayChart figures={figures} homeCurrency={homeCurrency} />
      {!editor.readOnly && (
        <Group justify="flex-end">
          <Button
            variant="subtle"
            color="red"
            onClick={() => {
              void editor.commit((doc) => removeOffer(doc, offer.id));
              onRemoved();
            }}
          >
            {t.offers.remove(offer.company)}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
