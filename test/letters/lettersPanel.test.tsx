/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { fail, letterMessages, ok } from "../../src/core";
import { LettersPanel } from "../../src/taskpane/components/LettersPanel";
import { renderUi } from "../taskpane/setup";

test("Brieven writes the sheet and says how many suppliers and how to make the letters", async () => {
  const writeLetters = jest.fn(async () => ok({ count: 12, sheetName: "Brieven" }));
  renderUi(<LettersPanel lang="nl" disabled={false} writeLetters={writeLetters} />);
  fireEvent.click(screen.getByRole("button", { name: "Brieven" }));
  expect(await screen.findByText(/12 leveranciers op blad "Brieven"/)).toBeInTheDocument();
  expect(writeLetters).toHaveBeenCalledTimes(1);
});

test("a refusal is shown as an error; disabled until a sheet can be checked", async () => {
  const writeLetters = jest.fn(async () => fail(letterMessages.sheetNotOurs("Brieven")));
  const { unmount } = renderUi(<LettersPanel lang="en" disabled={true} writeLetters={writeLetters} />);
  expect(screen.getByRole("button", { name: "Letters" })).toBeDisabled();
  unmount();
  renderUi(<LettersPanel lang="en" disabled={false} writeLetters={writeLetters} />);
  fireEvent.click(screen.getByRole("button", { name: "Letters" }));
  expect(await screen.findByText(/There is already a sheet "Brieven" that PSO-toets did not make/)).toBeInTheDocument();
});
