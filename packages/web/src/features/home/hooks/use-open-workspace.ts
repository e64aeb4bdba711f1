import { useLocation } from 'wouter';

/** Goes to a workspace's first step. */
export function useOpenWorkspace() {
  const [, navigate] = useLocation();
  return (id: string) => navigate(`/w/${id}/outcomes`);
}
