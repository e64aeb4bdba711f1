import { useDebouncedCallback } from '@mantine/hooks';
import type { Evaluation } from '@offerwise/core';
import { useCallback } from 'react';
import { setWeight } from '../../../workspace/edits';
import type { WorkspaceEditor } from '../../../workspace/use-workspace-editor';

/** A pause this long after the last move ends a gesture (a drag or a run of key presses). */
export const SAVE_AFTER_MS = 600;

/**
 * The weights as sliders edit them: each move re-scores at once (the document changes), and
 * the weights are saved once per gesture, after a pause, not once per key press.
 */
export function useWeightsEditor(editor: WorkspaceEditor, evaluation: Evaluation) {
  const save = useDebouncedCallback(() => void editor.save(), {
    delay: SAVE_AFTER_MS,
    flushOnUnmount: true,
  });
  const weighting = editor.document.weighting;
  const { edit, switchWeighting } = editor;
  const pairwise = weighting?.method === 'ahp';
  const set = useCallback(
    (priorityId: string, weight: number) => {
      // Moving a weight replaces pairwise judgments: asked first, and undoable (the save bar).
      if (pairwise) {
        switchWeighting('direct', (doc) => setWeight(doc, priorityId, weight));
        return;
      }
      edit((doc) => setWeight(doc, priorityId, weight));
      save();
    },
    [edit, save, pairwise, switchWeighting],
  );
  /** The slider's position: the user's own weight, or the computed one in percent. */
  const position = (priorityId: string) => {
    if (weighting?.method === 'direct') return weighting.weights[priorityId] ?? 0;
    const weight = evaluation.priorities.find((p) => p.id === priorityId)?.weight ?? 0;
    return Math.round(weight * 100);
  };
  return { set, position, flush: save.flush };
}

export type WeightsEditor = ReturnType<typeof useWeightsEditor>;
