/** Names of the money's categories and invoice-line kinds, shared by the pages and the exports so both say the same. */
export const FINANCE_LABELS = {
  sv: {
    costCategory: {
      base_funding: 'Grundfinansiering',
      staff: 'Personal',
      premises: 'Lokaler',
      consultants: 'Externa konsulter',
      licences: 'Licenser',
      investment: 'Investering',
      operation: 'Drift',
      other: 'Övrigt',
    },
    invoiceLineKind: {
      cost: 'Kostnad',
      buy_in: 'Inköp (sen anslutning)',
      buy_in_credit: 'Kreditering för sen anslutning',
      funding_credit: 'Extern finansiering',
    },
  },
  en: {
    costCategory: {
      base_funding: 'Base funding',
      staff: 'Staff',
      premises: 'Premises',
      consultants: 'External consultants',
      licences: 'Licences',
      investment: 'Investment',
      operation: 'Operation',
      other: 'Other',
    },
    invoiceLineKind: {
      cost: 'Cost',
      buy_in: 'Buy-in (late joining)',
      buy_in_credit: 'Credit for a late joiner',
      funding_credit: 'External funding',
    },
  },
} as const
