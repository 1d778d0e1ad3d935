// The documents render makes: their ids, titles, page orientation and whether each carries pupil detail.

export const DOCUMENTS = [
  'planning-call',
  'provider-qa',
  'placement-records',
  'attendance',
  'whereabouts',
  'findings',
  'pupil',
  'governors',
] as const;
export type DocumentId = (typeof DOCUMENTS)[number];

export interface DocumentInfo {
  id: DocumentId;
  title: string;
  orientation: 'portrait' | 'landscape';
  /** Printed on every page: "Confidential — contains pupil information". */
  confidential: boolean;
}

export const DOCUMENT_INFO: Record<DocumentId, DocumentInfo> = {
  'planning-call': {
    id: 'planning-call',
    title: 'Pupils in alternative provision',
    orientation: 'landscape',
    confidential: true,
  },
  'provider-qa': {
    id: 'provider-qa',
    title: 'Alternative provision: provider quality assurance',
    orientation: 'portrait',
    confidential: true,
  },
  'placement-records': {
    id: 'placement-records',
    title: 'Alternative provision: placement records',
    orientation: 'portrait',
    confidential: true,
  },
  findings: {
    id: 'findings',
    title: 'Alternative provision: check results',
    orientation: 'portrait',
    confidential: true,
  },
  attendance: {
    id: 'attendance',
    title: 'Alternative provision: attendance',
    orientation: 'landscape',
    confidential: true,
  },
  whereabouts: {
    id: 'whereabouts',
    title: 'Where pupils in alternative provision are this week',
    orientation: 'landscape',
    confidential: true,
  },
  pupil: { id: 'pupil', title: 'Alternative provision: case pack', orientation: 'portrait', confidential: true },
  governors: {
    id: 'governors',
    title: 'Alternative provision: termly report to governors',
    orientation: 'portrait',
    confidential: false,
  },
};
