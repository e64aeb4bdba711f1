import { Alert, Button, Radio, Stack } from '@mantine/core';
import { useState } from 'react';
import { t } from '../../../i18n/base';
import { useCreateWorkspace } from '../api/create-workspace';
import { exampleNames, loadExample } from '../api/examples';
import { useOpenWorkspace } from '../hooks/use-open-workspace';

export function FromExample() {
  const [picked, setPicked] = useState(exampleNames[0] ?? '');
  const [failure, setFailure] = useState<string | null>(null);
  const create = useCreateWorkspace();
  const open = useOpenWorkspace();

  async function use() {
    setFailure(null);
    const text = await loadExample(picked);
    const { datedExample } = await import('../hooks/dated-example');
    const dated = datedExample(text, new Date());
    if (!dated.ok) return setFailure(dated.issues[0]?.message ?? '');
    const result = await create.mutateAsync({ kind: 'document', document: dated.value });
    if (result.ok) open(result.value.id);
    else setFailure(result.kind === 'failed' ? result.message : result.kind);
  }

  return (
    <Stack>
      <Radio.Group label={t.home.create.pickExample} value={picked} onChange={setPicked}>
        <Stack gap="xs" mt="xs">
          {exampleNames.map((name) => (
            <Radio key={name} value={name} label={t.home.create.examples[name] ?? name} />
          ))}
        </Stack>
      </Radio.Group>
      {failure && (
        <Alert color="red" role="alert">
          {t.home.create.failed(failure)}
        </Alert>
      )}
      <Button onClick={use} loading={create.isPending} disabled={!picked} w="fit-content">
        {t.home.create.useExample}
      </Button>
    </Stack>
  );
}
