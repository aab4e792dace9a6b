namespace WalkingDrum.Commerce.Services.Csv;

/// <summary>The rows of one product in a CSV file, as the input the catalog rules check.</summary>
/// <param name="Handle">The product's handle (its slug).</param>
/// <param name="Rows">CSV line numbers of its rows; the first carries the product's fields, each is one variant.</param>
/// <param name="Input">The product as entered.</param>
/// <param name="Problems">Problems found while reading, before the catalog rules run.</param>
public sealed record ProductCsvGroup(string Handle, IReadOnlyList<int> Rows, ProductInput Input, IReadOnlyList<CsvRowProblem> Problems);

/// <summary>A problem with one row of an imported file.</summary>
/// <param name="Row">The line number a spreadsheet shows (the header is line 1).</param>
/// <param name="Message">What is wrong, naming the column.</param>
public sealed record CsvRowProblem(int Row, string Message);
