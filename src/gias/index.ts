export {
  loadGias,
  GiasError,
  giasDateToIso,
  isOpenStatus,
  GIAS_REQUIRED_COLUMNS,
  GIAS_OPTIONAL_COLUMNS,
  type GiasEstablishment,
  type GiasIndex,
  type GiasEncoding,
  type GiasErrorCode,
  type LoadGiasOptions,
} from './reader.js';
export {
  normalisePostcode,
  normaliseName,
  namesMatch,
  postcodesMatch,
  typeFits,
  expectedTypesFor,
  registrationTypesFor,
  GIAS_TYPES_BY_REGISTRATION_TYPE,
  type RegisteredProviderType,
} from './match.js';
export { decodeWindows1252 } from './windows1252.js';
