import { texts } from "../../i18n/index.js";
import { notice } from "../../messages/model.js";
import { readFilterButton } from "../../rounds/round-filter.js";
import { defineButton } from "../button.js";

/** *Start de ronde* on a preview: its value is the filter, checked again as any input. */
export const roundStart = defineButton({
  read: readFilterButton,
  requirement: "leader",
  command: "herinner",
  invalid: (locale) => {
    const r = texts(locale).rounds;
    return notice("error", r.invalidButton, r.invalidButtonHint);
  },
  answers: "in-place",
  run: (filter, { execute }) => execute({ name: "herinner", filter, start: true }),
});
