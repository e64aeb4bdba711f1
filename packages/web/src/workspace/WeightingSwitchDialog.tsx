import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { t } from '../i18n/base';
import type { PendingSwitch } from './use-workspace-editor';

/** Asks before a switch of weighting method replaces the user's own weights or judgments. */
export function WeightingSwitchDialog({
  pending,
  onCancel,
  onConfirm,
}: {
  pending: PendingSwitch | null;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  return (
    <Modal
      opened={pending !== null}
      onClose={onCancel}
      closeButtonProps={{ 'aria-label': t.weighting.close }}
      title={pending ? t.weighting.confirmTitle(pending.method) : ''}
    >
      {pending && (
        <Stack gap="md">
          <Text>{t.weighting.confirmBody(pending.replaces.weighting.method, pending.method)}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel} data-autofocus>
              {t.weighting.keep(pending.replaces.weighting.method)}
            </Button>
            <Button onClick={onConfirm}>{t.weighting.confirm}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
