import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { t } from '../../../i18n/decide';

/** Asks before recording a message that closes an offer, with core's reasons it is risky. */
export function ConfirmCloseDialog({
  opened,
  company,
  reasons,
  onCancel,
  onConfirm,
}: {
  opened: boolean;
  company: string;
  reasons: readonly string[];
  onCancel: () => void;
  onConfirm: () => void;
}) {
  return (
    <Modal
      opened={opened}
      onClose={onCancel}
      title={t.decide.confirmTitle(company)}
      closeButtonProps={{ 'aria-label': t.decide.close }}
      centered
    >
      <Stack gap="md">
        <Text size="sm">{t.decide.confirmBody}</Text>
        {reasons.length > 0 && (
          <List size="sm">
            {reasons.map((reason) => (
              <List.Item key={reason}>{reason}</List.Item>
            ))}
          </List>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t.decide.cancel}
          </Button>
          <Button color="red" onClick={onConfirm}>
            {t.decide.confirmDecline}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
