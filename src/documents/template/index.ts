/** Template engine: fills `{{...}}` tags of a Google Doc from plain data. */
export { fillDocument } from './fill';
export { findTags, formatDate, isBlankValue, lookup } from './tags';
export type {
  FillOptions,
  FillResult,
  TemplateData,
  TemplateProblem,
  TemplateProblemCode,
  TemplateValue,
} from './types';
