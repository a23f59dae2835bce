namespace CountryRelations.Integrity;

/// <summary>Secrets kept in files (signing keys): created once, readable and writable by their owner only.</summary>
public static class OwnerOnlyFile
{
    /// <summary>Writes <paramref name="text"/> to a new file at <paramref name="path"/> (mode 0600), creating its folder; fails if it exists.</summary>
    public static void Create(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var writer = new StreamWriter(new FileStream(path, options));
        writer.Write(text);
    }
}
