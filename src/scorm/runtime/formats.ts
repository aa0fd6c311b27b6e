/** SCORM 1.2 CMITimespan (RTE 1.2 §3.4.2): `HHHH:MM:SS.SS`, hours of 2 to 4 digits. */
export function timespan12(milliseconds: number): string {
  const centis = Math.max(0, Math.round(milliseconds / 10));
  const hours = Math.min(9999, Math.floor(centis / 360000));
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(hours, 2)}:${pad(minutes, 2)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** SCORM 2004 timeinterval (RTE 2004 §4.2.1, ISO 8601 duration): `PT1H2M3.45S`. */
export function duration2004(milliseconds: number): string {
  const centis = Math.max(0, Math.round(milliseconds / 10));
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  return `PT${hours}H${minutes}M${Number(seconds.toFixed(2))}S`;
}

/** A 1.2 choice response is single characters (RTE 1.2 §3.4.4.4): the choice's position as a letter. */
export const choiceLetter = (index: number) => 'abcdefghijklmnopqrstuvwxyz'.charAt(index);
