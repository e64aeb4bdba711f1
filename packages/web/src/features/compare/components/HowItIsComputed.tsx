import { Accordion, List, Text } from '@mantine/core';
import type { Evaluation } from '@offerwise/core';
import { t } from '../../../i18n/compare';

/** Every figure in the grid in words, per offer: pay first, then each priority's value. */
export function HowItIsComputed({ evaluation }: { evaluation: Evaluation }) {
  return (
    <Accordion variant="separated" chevronPosition="left">
      {evaluation.offers.map((offer) => (
        <Accordion.Item key={offer.id} value={offer.id}>
          <Accordion.Control>
            {t.compare.howCell}: {offer.company}
          </Accordion.Control>
          <Accordion.Panel>
            <List size="sm" spacing={2}>
              {offer.how.pay.map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
              {evaluation.priorities.map((p) => (
                <List.Item key={p.id}>
                  <Text size="sm">{offer.how.values[p.id]}</Text>
                </List.Item>
              ))}
            </List>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
