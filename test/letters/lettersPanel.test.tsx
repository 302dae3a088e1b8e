/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { checkFindings, dayFromYmd, fail, Letter, letterMessages, lettersFor, ok, Policy, tableFromGrid, wonenLimburgPolicy } from "../../src/core";
import { DOCX_TYPE } from "../../src/letters/download";
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

test("where the host can hand over files, the letters are offered as brieven.docx", async () => {
  const letters = lettersOf();
  const created: Blob[] = [];
  const clicked: string[] = [];
  Object.assign(URL, { createObjectURL: (b: Blob) => (created.push(b), "blob:x"), revokeObjectURL: () => undefined });
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this.download);
  });
  renderUi(<LettersPanel lang="nl" disabled={false} writeLetters={async () => ok({ count: letters.length, sheetName: "Brieven", letters })} />);
  fireEvent.click(screen.getByRole("button", { name: "Brieven" }));
  fireEvent.click(await screen.findByRole("button", { name: "Download brieven.docx" }));
  expect(clicked).toEqual(["brieven.docx"]);
  expect(created[0].type).toBe(DOCX_TYPE);
  expect(created[0].size).toBeGreaterThan(3000);
});

function lettersOf(): Letter[] {
  const peil = dayFromYmd(2026, 12, 1);
  const table = tableFromGrid([["Leverancier", "Opdrachtsom per jaar", "PSO-trede", "Geldig tot"], ["Te Laag", 300000, "Trede 1", "31-12-2027"]] as never)!;
  return lettersFor(table.rows, checkFindings(table, signed, peil), signed, peil, "nl");
}

const signed: Policy = { ...wonenLimburgPolicy, buyer: { name: "Woningstichting Maasdal", contact: "Petra Janssen", phone: "", email: "" } };

describe("issue 25 item 7: the sender is asked for on first use", () => {
  test("without a sender the pane asks for one, Brieven waits, and the sender is saved into the policy", async () => {
    const writeLetters = jest.fn(async () => ok({ count: 1, sheetName: "Brieven" }));
    const savePolicy = jest.fn(async (_: Policy) => undefined);
    renderUi(<LettersPanel lang="nl" disabled={false} writeLetters={writeLetters} policy={wonenLimburgPolicy} savePolicy={savePolicy} />);
    expect(screen.getByText("Wie ondertekent de brieven?")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Brieven" })).toBeDisabled();
    fireEvent.change(screen.getByLabelText(/Afzender \(uw organisatie\)/), { target: { value: "Woningstichting Maasdal" } });
    fireEvent.click(screen.getByRole("button", { name: "Afzender opslaan" }));
    expect(await screen.findByText('Vul "Contactpersoon (naam of afdeling)" in.')).toBeInTheDocument();
    expect(savePolicy).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText(/Contactpersoon/), { target: { value: "Petra Janssen" } });
    fireEvent.change(screen.getByLabelText(/E-mail/), { target: { value: "inkoop@maasdal.example" } });
    fireEvent.click(screen.getByRole("button", { name: "Afzender opslaan" }));
    await waitFor(() => expect(savePolicy).toHaveBeenCalledTimes(1));
    const saved = savePolicy.mock.calls[0][0];
    expect(saved.buyer).toEqual({ name: "Woningstichting Maasdal", contact: "Petra Janssen", phone: "", email: "inkoop@maasdal.example" });
    expect(saved.requirements).toEqual(wonenLimburgPolicy.requirements);
  });

  test("with a sender the pane names it, offers to change it, and Brieven works", async () => {
    const writeLetters = jest.fn(async () => ok({ count: 1, sheetName: "Brieven" }));
    renderUi(<LettersPanel lang="nl" disabled={false} writeLetters={writeLetters} policy={signed} savePolicy={async () => undefined} />);
    expect(screen.getByText(/Afzender: Woningstichting Maasdal/)).toBeInTheDocument();
    expect(screen.queryByText("Wie ondertekent de brieven?")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Brieven" }));
    await waitFor(() => expect(writeLetters).toHaveBeenCalledTimes(1));
    fireEvent.click(screen.getByRole("button", { name: "Wijzigen" }));
    expect(screen.getByLabelText(/Afzender \(uw organisatie\)/)).toHaveValue("Woningstichting Maasdal");
  });
});
