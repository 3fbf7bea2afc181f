import type { ClvModelWarning } from "../../engine/clvModels/warnings";
import { renderCoded, type Family, type TextsFor } from "../coded";
import type { Formatter } from "../format";
import { countNoun } from "../plural";

const CUSTOMER = { one: "customer", other: "customers" };

/** A warning of the forward-looking CLV models (BG/NBD and Gamma-Gamma) as the pane shows it. */
export function clvModelsText(warning: ClvModelWarning, format: Formatter): string {
  return renderCoded(clvModels, warning, format);
}

const enUS: TextsFor<ClvModelWarning> = {
  clvFewRepeatCustomers: ({ repeatCustomers, minimum }, f) =>
    `Only ${countNoun(f, repeatCustomers, CUSTOMER)} bought more than once (the models need at least ${f.integer(minimum)}): the simple CLV is shown instead.`,
  clvFitNotConverged: ({ model }) =>
    `The ${model} fit did not converge: the simple CLV is shown instead.`,
  clvDegenerateFit: ({ model }) =>
    `The ${model} fit is degenerate (a parameter ran to its limit): the simple CLV is shown instead.`,
  clvScoresFellBack: ({ count }, f) =>
    `${countNoun(f, count, CUSTOMER)} could not be scored by the model: the simple CLV is shown instead.`,
  clvHoldoutNone: () =>
    "The calibration period reaches the last purchase date: there is no holdout period to check the model against.",
  clvHoldoutFewCustomers: ({ customers, repeatCustomers, minimum }, f) =>
    `Of the calibration period's ${countNoun(f, customers, CUSTOMER)}, only ${f.integer(repeatCustomers)} bought more than once (the check needs at least ${f.integer(minimum)}): the model was not fitted or checked.`,
  clvHoldoutFitNotConverged: ({ model }) =>
    `The ${model} fit on the calibration period did not converge: the holdout check may understate how well the model can do.`,
};

const zhCN: TextsFor<ClvModelWarning> = {
  clvFewRepeatCustomers: ({ repeatCustomers, minimum }, f) =>
    `只有 ${f.integer(repeatCustomers)} 位客户有重复购买（模型至少需要 ${f.integer(minimum)} 位）：改为显示简单 CLV。`,
  clvFitNotConverged: ({ model }) => `${model} 拟合未收敛：改为显示简单 CLV。`,
  clvDegenerateFit: ({ model }) => `${model} 拟合退化（有参数到达极限）：改为显示简单 CLV。`,
  clvScoresFellBack: ({ count }, f) =>
    `${f.integer(count)} 位客户无法由模型评分：改为显示其简单 CLV。`,
  clvHoldoutNone: () => "校准期已到最后购买日期：没有留出期可用来检验模型。",
  clvHoldoutFewCustomers: ({ customers, repeatCustomers, minimum }, f) =>
    `校准期的 ${f.integer(customers)} 位客户中只有 ${f.integer(repeatCustomers)} 位有重复购买（检验至少需要 ${f.integer(minimum)} 位）：未拟合也未检验模型。`,
  clvHoldoutFitNotConverged: ({ model }) =>
    `${model} 在校准期上的拟合未收敛：留出期检验可能低估模型的能力。`,
};

export const clvModels: Family<ClvModelWarning> = {
  texts: { "en-US": enUS, "zh-CN": zhCN },
  samples: {
    clvFewRepeatCustomers: { repeatCustomers: 12, minimum: 20 },
    clvFitNotConverged: { model: "BG/NBD" },
    clvDegenerateFit: { model: "Gamma-Gamma" },
    clvScoresFellBack: { count: 7 },
    clvHoldoutNone: {},
    clvHoldoutFewCustomers: { customers: 40, repeatCustomers: 12, minimum: 20 },
    clvHoldoutFitNotConverged: { model: "BG/NBD" },
  },
};
