import { css } from 'lit';

/*
 * What the history adds to look forward and to choose its period: the projection (a lighter
 * colour and a dash pattern of its own, so neither colour nor pattern alone tells it from the
 * actual lines), the Today marker and the period picker.
 */
export const historyForwardStyles = css`
  :host {
    --_projection: var(--credit-history-projection-color, var(--credit-color-text-muted, light-dark(#56606c, #a9b3bf)));
  }
  /* Each projected line keeps its series' hue, lighter, in a dash pattern of its own: the
     actual lines are solid (valid) and dotted (allocated). */
  .line.valid.projected {
    stroke: color-mix(in srgb, var(--_valid) 55%, var(--_surface));
    stroke-dasharray: 7 4;
    stroke-linecap: butt;
  }
  .line.allocated.projected {
    stroke: color-mix(in srgb, var(--_allocated) 55%, var(--_surface));
    stroke-width: 2;
    stroke-dasharray: 12 3 2 3;
    stroke-linecap: butt;
  }
  .today-line {
    stroke: var(--_projection);
    stroke-width: 1.5;
    stroke-dasharray: 2 2;
  }
  .today-label {
    fill: var(--_projection);
    font-size: 11px;
  }
  .hatch-line.projected {
    stroke: var(--_projection);
  }
  .projected-tag {
    font-weight: normal;
    font-style: italic;
    color: var(--_text-muted);
  }
  .picker-bone {
    display: inline-block;
    inline-size: 14em;
    block-size: 32px;
  }
  .period-picker {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space);
  }
  .period-picker label {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
  }
  .period-picker select,
  .period-picker input {
    font: inherit;
    min-block-size: 32px;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) - 2px);
    padding-inline: calc(var(--_space) / 2);
  }
  .custom-range {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .period-problem {
    flex-basis: 100%;
    margin: 0;
    color: var(--_negative);
  }
  .period-problem:empty {
    display: none;
  }
  .table-rows {
    display: flex;
    gap: calc(var(--_space) / 2);
    margin-inline-start: auto;
  }
  .table-rows button[aria-pressed='true'] {
    border-color: var(--_accent);
    box-shadow: inset 0 -2px 0 var(--_accent);
  }
  ul.changes {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  @media print {
    .period-picker,
    .table-rows {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .line.valid.projected,
    .line.allocated.projected,
    .today-line {
      stroke: GrayText;
    }
  }
`;
