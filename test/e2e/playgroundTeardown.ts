/* Jest globalTeardown of the e2e project: removes the playground build (playgroundBuild.ts). */
import { removePlayground } from "./playgroundBuild";

export default removePlayground;
