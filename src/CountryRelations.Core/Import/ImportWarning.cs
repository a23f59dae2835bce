namespace CountryRelations.Import;

/// <summary>A problem that blocks (or, in a dry run, would block) importing a document, with its error code.</summary>
/// <param name="Code">The error code the real import refuses with.</param>
/// <param name="Message">A sentence for people, saying what to give.</param>
public sealed record ImportWarning(string Code, string Message);
