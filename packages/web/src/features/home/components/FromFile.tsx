import { Alert, Button, FileButton, Paper, Stack, Text } from '@mantine/core';
import type { InputIssue } from '@offerwise/core';
import { type DragEvent, useState } from 'react';
import { IssueList } from '../../../components/IssueList';
import { t } from '../../../i18n/base';
import { useCreateWorkspace } from '../api/create-workspace';
import { useOpenWorkspace } from '../hooks/use-open-workspace';
import classes from './from-file.module.css';

export function FromFile() {
  const [over, setOver] = useState(false);
  const [problem, setProblem] = useState<{ name: string; issues: InputIssue[] } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const create = useCreateWorkspace();
  const open = useOpenWorkspace();

  async function take(file: File | null) {
    if (!file) return;
    setProblem(null);
    setFailure(null);
    const text = await file.text();
    const { checkWorkspaceText } = await import('../hooks/check-workspace');
    const issues = checkWorkspaceText(text);
    if (issues.length > 0) {
      setProblem({ name: file.name, issues });
      return;
    }
    const format = /\.json$/i.test(file.name) ? 'json' : 'yaml';
    const result = await create.mutateAsync({ kind: 'file', text, format });
    if (result.ok) open(result.value.id);
    else if (result.kind === 'invalid') setProblem({ name: file.name, issues: result.issues });
    else setFailure(result.kind === 'failed' ? result.message : result.kind);
  }

  function drop(event: DragEvent) {
    event.preventDefault();
    setOver(false);
    void take(event.dataTransfer.files[0] ?? null);
  }

  return (
    <Stack>
      <Paper
        className={classes.zone}
        data-over={over || undefined}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        p="lg"
      >
        <Stack align="center" gap="xs">
          <Text ta="center">{over ? t.home.create.dropActive : t.home.create.drop}</Text>
          <FileButton onChange={take} accept=".yaml,.yml,.json,application/json,application/yaml">
            {(props) => (
              <Button {...props} variant="default" loading={create.isPending}>
                {t.home.create.file}
              </Button>
            )}
          </FileButton>
          <Text size="sm" c="dimmed" ta="center">
            {t.home.create.dropHint}
          </Text>
        </Stack>
      </Paper>
      {problem && (
        <IssueList
          title={t.home.create.fileIssues(problem.name, problem.issues.length)}
          issues={problem.issues}
        />
      )}
      {failure && (
        <Alert color="red" role="alert">
          {t.home.create.failed(failure)}
        </Alert>
      )}
    </Stack>
  );
}
