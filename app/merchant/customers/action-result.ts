// Moved to lib/action-result.ts (the whole app's action result shape); kept so imports from
// areas still being edited keep working.
export { invalidInput, toFailure, type ActionFailure, type ActionResult } from "@/lib/action-result";
