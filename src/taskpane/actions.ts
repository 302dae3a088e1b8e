/* The UI's view of the add-in's contract, which lives with the wiring in src/addin (the adapter never imports the UI). */
export type * from "../addin/actions";
