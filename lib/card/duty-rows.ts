/**
 * The rows a duty block shows, labelled with what the bracket says (issue 10): 牵头 → the leads;
 * 按职责分工负责 after a lead → those who share the work; the same words with no lead → the agencies
 * responsible, each for its part; 配合 / 协助 / 参与 → supporting agencies. Generic parties
 * (各有关部门和单位) stand in the row of the clause that names them.
 */
import type { CardStrings } from './strings';
import type { AgencyRef, DutyView, PartnerRole } from './types';

export interface DutyRow {
  role: 'leads' | PartnerRole;
  label: string;
  agencies: AgencyRef[];
  /** Generic parties, in the reader's language. */
  parties: string[];
  /** A line under the row ('' for none): a bracket without a lead says so. */
  hint: string;
}

const LABEL: Record<PartnerRole, keyof CardStrings & ('shares' | 'responsible' | 'partners')> = {
  shares: 'shares',
  responsible: 'responsible',
  supports: 'partners',
};

export function dutyRows(duty: DutyView, strings: CardStrings): DutyRow[] {
  const rows: DutyRow[] = [];
  if (duty.leads.length) {
    rows.push({ role: 'leads', label: strings.leads, agencies: duty.leads, parties: [], hint: '' });
  }
  if (duty.partners.length || duty.others.length) {
    const role = duty.partnerRole;
    rows.push({
      role,
      label: strings[LABEL[role]],
      agencies: duty.partners,
      parties: duty.others,
      hint: role === 'responsible' ? strings.noLead : '',
    });
  }
  return rows;
}
