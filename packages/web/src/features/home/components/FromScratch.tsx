import { Alert, Button, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type InputIssue, type StarterFields, starterWorkspace } from '@offerwise/core';
import { type FormEvent, useState } from 'react';
import { t } from '../../../i18n/home';
import { useCreateWorkspace } from '../api/create-workspace';
import { useOpenWorkspace } from '../hooks/use-open-workspace';

type Field = Exclude<keyof StarterFields, 'timeZone'>;

const fieldPaths: Record<Field, string> = {
  title: 'title',
  name: 'profile.name',
  homeCurrency: 'profile.homeCurrency',
  country: 'profile.homeLocation.country',
  city: 'profile.homeLocation.city',
};

export function FromScratch() {
  const [fields, setFields] = useState<StarterFields>({
    title: '',
    name: '',
    homeCurrency: 'EUR',
    country: 'DE',
    city: '',
  });
  const [issues, setIssues] = useState<InputIssue[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const create = useCreateWorkspace();
  const open = useOpenWorkspace();

  const errorFor = (field: Field) =>
    issues.find((issue) => issue.path === fieldPaths[field])?.message;
  const bind = (field: Field) => ({
    value: fields[field] ?? '',
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setFields((current) => ({ ...current, [field]: value }));
    },
    error: errorFor(field),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const document = starterWorkspace({
      ...fields,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    const { checkWorkspaceDocument } = await import('../hooks/check-workspace');
    const found = checkWorkspaceDocument(document);
    setIssues(found);
    if (found.length > 0) return;
    const result = await create.mutateAsync({ kind: 'document', document });
    if (result.ok) open(result.value.id);
    else if (result.kind === 'invalid') setIssues(result.issues);
    else setFailure(result.kind === 'failed' ? result.message : result.kind);
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={t.home.create.name}
          placeholder={t.home.create.namePlaceholder}
          {...bind('title')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t.home.create.yourName} autoComplete="given-name" {...bind('name')} />
          <TextInput
            label={t.home.create.homeCurrency}
            description={t.home.create.homeCurrencyHint}
            required
            {...bind('homeCurrency')}
          />
          <TextInput
            label={t.home.create.country}
            description={t.home.create.countryHint}
            required
            {...bind('country')}
          />
          <TextInput label={t.home.create.city} {...bind('city')} />
        </SimpleGrid>
        {failure && (
          <Alert color="red" role="alert">
            {t.home.create.failed(failure)}
          </Alert>
        )}
        <Button type="submit" loading={create.isPending} w="fit-content">
          {t.home.create.submit}
        </Button>
      </Stack>
    </form>
  );
}
