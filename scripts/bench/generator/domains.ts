/** What each thesaurus domain brings to a posting: sectors, parameters, standards, formulas. */
import type { Industry, ParameterKind } from './generator.types.ts';

export interface DomainProfile {
  industries: Industry[];
  parameters: ParameterKind[];
  standards: string[];
  formulas: string[];
  /** Software and data: no templates about equipment, floor space or spare parts. */
  digital?: boolean;
}

export const DOMAINS: Record<string, DomainProfile> = {
  aerospace: {
    industries: ['aviation', 'machinery', 'telecom', 'electronics'],
    parameters: ['weight_reduction', 'strength', 'temperature', 'precision', 'lifetime', 'power'],
    standards: ['AS9100D', 'DO-178C', 'DO-160G', 'ECSS-Q-ST-70C', 'MIL-STD-810H', 'ISO 14620-1'],
    formulas: ['Ti-6Al-4V', 'Al2O3', 'SiC', 'ZrO2', 'N2O4'],
  },
  agriculture: {
    industries: ['agriculture', 'food', 'chemicals'],
    parameters: ['yield_increase', 'cost_reduction', 'capacity', 'accuracy', 'energy_saving', 'payback'],
    standards: ['ISO 11783', 'GLOBALG.A.P.', 'ISO/IEC 17025', 'ISO 22000', 'ISO 4254-1'],
    formulas: ['NH4NO3', 'KCl', 'CO(NH2)2', 'P2O5', 'K2SO4', 'CaCO3'],
  },
  biotechnology: {
    industries: ['pharma', 'healthcare', 'food', 'agriculture', 'chemicals'],
    parameters: ['yield_increase', 'purity', 'detection_limit', 'capacity', 'response_time', 'cost_reduction'],
    standards: ['ISO 20387', 'ISO 13485', 'ISO 16140-2', 'ISO/IEC 17025', 'ICH Q7'],
    formulas: ['C2H5OH', 'C6H12O6', 'CO2', 'C3H6O3', 'NaH2PO4'],
  },
  chemicals: {
    industries: ['chemicals', 'oil_gas', 'textiles', 'consumer_goods', 'pharma'],
    parameters: ['purity', 'yield_increase', 'temperature', 'pressure', 'energy_saving', 'emission_reduction'],
    standards: ['ISO 9001', 'ISO 14001', 'ISO/IEC 17025', 'ASTM D1298', 'ISO 6353-2'],
    formulas: ['H2O2', 'NH3', 'CH3OH', 'C2H4', 'NaOH', 'H2SO4', 'C3H6', 'CO2'],
  },
  construction: {
    industries: ['construction', 'municipal', 'energy_utilities'],
    parameters: ['strength', 'energy_saving', 'lifetime', 'cost_reduction', 'weight_reduction', 'emission_reduction'],
    standards: ['EN 1992-1-1', 'EN 197-1', 'ISO 16739', 'ASTM C39', 'ISO 52000-1', 'EN 13163'],
    formulas: ['CaCO3', 'Ca(OH)2', 'SiO2', 'CaSO4·2H2O', 'C3S'],
  },
  electronics: {
    industries: ['electronics', 'automotive', 'telecom', 'consumer_goods'],
    parameters: ['power', 'efficiency', 'response_time', 'accuracy', 'temperature', 'lifetime'],
    standards: ['IPC-A-610', 'IEC 60068-2-6', 'AEC-Q100', 'IEC 61000-4-2', 'IEC 62368-1'],
    formulas: ['GaN', 'SiC', 'Ga2O3', 'InP', 'SiO2', 'HfO2'],
  },
  energy: {
    industries: ['energy_utilities', 'oil_gas', 'construction', 'automotive', 'mining'],
    parameters: ['efficiency', 'power', 'lifetime', 'cost_reduction', 'emission_reduction', 'payback'],
    standards: ['IEC 61215', 'IEC 62619', 'IEC 61850', 'IEC 62109-1', 'UL 1973', 'IEC 62933-5-2'],
    formulas: ['LiFePO4', 'LiNi0.8Co0.1Mn0.1O2', 'Li2CO3', 'H2', 'CH4', 'NaPF6'],
  },
  environment: {
    industries: ['municipal', 'water', 'chemicals', 'metallurgy', 'energy_utilities'],
    parameters: ['emission_reduction', 'detection_limit', 'capacity', 'energy_saving', 'cost_reduction', 'efficiency'],
    standards: ['ISO 14001', 'ISO 14064-1', 'EN 14181', 'ISO 16000-6', 'ISO 5667-3'],
    formulas: ['CO2', 'SO2', 'NOx', 'NH4+', 'H2S', 'PO4³⁻'],
  },
  food: {
    industries: ['food', 'agriculture', 'consumer_goods', 'logistics'],
    parameters: ['capacity', 'yield_increase', 'energy_saving', 'shelf_life', 'cost_reduction', 'purity'],
    standards: ['ISO 22000', 'HACCP', 'FSSC 22000', 'ISO 21469', 'Codex CXS 192-1995'],
    formulas: ['C6H12O6', 'NaCl', 'CaCO3', 'C12H22O11', 'CO2'],
  },
  ict: {
    industries: ['telecom', 'logistics', 'healthcare', 'municipal', 'machinery'],
    parameters: ['latency', 'accuracy', 'throughput', 'response_time', 'cost_reduction', 'energy_saving'],
    standards: ['ISO/IEC 27001', 'IEEE 802.11ax', '3GPP Release 17', 'ISO/IEC 25010', 'IEC 62443-3-3'],
    formulas: [],
    digital: true,
  },
  manufacturing: {
    industries: ['machinery', 'automotive', 'metallurgy', 'electronics', 'aviation'],
    parameters: ['precision', 'capacity', 'energy_saving', 'cost_reduction', 'lifetime', 'response_time'],
    standards: ['ISO 9001', 'ISO 10218-1', 'IEC 61131-3', 'ISO 2768-1', 'IEC 62541'],
    formulas: ['WC-Co', 'Al2O3', 'TiN', 'Si3N4'],
  },
  marine: {
    industries: ['shipping', 'fisheries', 'oil_gas', 'logistics'],
    parameters: ['energy_saving', 'emission_reduction', 'lifetime', 'pressure', 'power', 'cost_reduction'],
    standards: ['MARPOL Annex VI', 'ISO 12215-5', 'IEC 60092-504', 'DNV-RU-SHIP', 'ISO 19030'],
    formulas: ['NaCl', 'H2S', 'SO2', 'Cu2O', 'CaCO3'],
  },
  materials: {
    industries: ['metallurgy', 'construction', 'automotive', 'aviation', 'electronics'],
    parameters: ['strength', 'temperature', 'weight_reduction', 'lifetime', 'purity', 'cost_reduction'],
    standards: ['ISO 527-2', 'ASTM D638', 'ISO 6892-1', 'ASTM E8', 'ISO 14577-1'],
    formulas: ['Al2O3', 'SiC', 'TiO2', 'ZrO2', 'Si3N4', 'Fe3O4', 'MoS2'],
  },
  medical: {
    industries: ['healthcare', 'pharma'],
    parameters: ['accuracy', 'detection_limit', 'response_time', 'lifetime', 'cost_reduction'],
    standards: ['ISO 13485', 'IEC 60601-1', 'ISO 10993-5', 'ISO 14971', 'IEC 62304'],
    formulas: ['Ca10(PO4)6(OH)2', 'TiO2', 'ZrO2', 'C6H12O6'],
  },
  mining: {
    industries: ['mining', 'metallurgy', 'energy_utilities'],
    parameters: ['capacity', 'yield_increase', 'energy_saving', 'cost_reduction', 'emission_reduction', 'lifetime'],
    standards: ['ISO 19426-1', 'ATEX 2014/34/EU', 'IECEx', 'ISO 14001', 'ISO 3082'],
    formulas: ['CuFeS2', 'Fe2O3', 'NaCN', 'ZnS', 'Fe3O4', 'Li2O'],
  },
  optoelectronics: {
    industries: ['electronics', 'telecom', 'healthcare', 'automotive'],
    parameters: ['efficiency', 'power', 'precision', 'lifetime', 'temperature', 'response_time'],
    standards: ['IEC 60825-1', 'IEC 62471', 'Telcordia GR-468', 'IEC 61300-3-35', 'ISO 10110'],
    formulas: ['GaAs', 'InGaN', 'LiNbO3', 'Y3Al5O12', 'GaN'],
  },
  transport: {
    industries: ['automotive', 'logistics', 'municipal', 'aviation'],
    parameters: ['energy_saving', 'emission_reduction', 'weight_reduction', 'power', 'lifetime', 'cost_reduction'],
    standards: ['ISO 26262', 'IATF 16949', 'UN ECE R100', 'ISO 15118', 'EN 50155'],
    formulas: ['LiFePO4', 'H2', 'CH4', 'C3H8'],
  },
};

export const DEFAULT_DOMAIN: DomainProfile = DOMAINS.manufacturing!;
