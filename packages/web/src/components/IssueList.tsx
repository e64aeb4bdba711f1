import { Alert, Code, List, Text } from '@mantine/core';
import type { InputIssue } from '@offerwise/core';
import { t } from '../i18n/base';
import { humanIssue } from '../workspace/human-issues';

/**
 * Every problem in words, with its place: a line and column in a file, and the field's path in
 * the document for the curious.
 */
export function IssueList({ title, issues }: { title: string; issues: readonly InputIssue[] }) {
  return (
    <Alert color="red" title={title} role="alert">
      <List size="sm" spacing={4}>
        {issues.map((issue, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: issues have no identity beyond their order
          <List.Item key={i}>
            {issue.line ? (
              // A file's problem is read beside the file: its line, path and the value found.
              <>
                {`${t.issues.where(issue.line, issue.column ?? 1)}: `}
                {issue.path ? <Code>{issue.path}</Code> : t.issues.wholeFile}: {issue.message}
              </>
            ) : issue.path ? (
              <>
                {humanIssue(issue)}{' '}
                <Text span size="xs" c="dimmed">
                  ({t.save.path} <Code>{issue.path}</Code>)
                </Text>
              </>
            ) : (
              `${t.issues.wholeFile}: ${issue.message}`
            )}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
