import { Alert, Code, List } from '@mantine/core';
import type { InputIssue } from '@offerwise/core';
import { t } from '../i18n';

/** Every problem with its place: a line and column in a file, or a field path in the document. */
export function IssueList({ title, issues }: { title: string; issues: readonly InputIssue[] }) {
  return (
    <Alert color="red" title={title} role="alert">
      <List size="sm" spacing={4}>
        {issues.map((issue, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: issues have no identity beyond their order
          <List.Item key={i}>
            {issue.line ? `${t.issues.where(issue.line, issue.column ?? 1)}: ` : ''}
            {issue.path ? <Code>{issue.path}</Code> : t.issues.wholeFile}: {issue.message}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
