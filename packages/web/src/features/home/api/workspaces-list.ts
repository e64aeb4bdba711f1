import { useQuery } from '@tanstack/react-query';
import { workspacesQuery } from '../../../api/queries';

export function useWorkspaces() {
  return useQuery(workspacesQuery());
}
