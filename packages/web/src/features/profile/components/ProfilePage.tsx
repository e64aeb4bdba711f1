import { Stack, Text, Title } from '@mantine/core';
import { t } from '../../../i18n/profile';
import { SaveBar } from '../../../workspace/SaveBar';
import { useWorkspaceEditor } from '../../../workspace/use-workspace-editor';
import { ProfileSection } from './ProfileSection';
import { RatesSection } from './RatesSection';

/** The file's profile and rates: what the timing and money figures are computed from. */
export function ProfilePage({ id }: { id: string }) {
  const editor = useWorkspaceEditor(id);
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={2} size="h3">
          {t.profile.title}
        </Title>
        <Text c="dimmed">{t.profile.intro}</Text>
      </Stack>
      <ProfileSection editor={editor} />
      <RatesSection editor={editor} />
      <SaveBar editor={editor} />
    </Stack>
  );
}
