package io.loadcast.ingest.imports.web;

import io.loadcast.ingest.imports.NesoImports;
import io.loadcast.ingest.imports.domain.NesoFileException;
import io.loadcast.ingest.imports.domain.QualityReport;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /api/v1/imports/neso}: a NESO historic demand CSV (plain or gzip) in the multipart part {@code file}. */
@RestController
class NesoImportController {

    private final NesoImports imports;

    NesoImportController(NesoImports imports) {
        this.imports = imports;
    }

    @PostMapping(value = "/api/v1/imports/neso", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    QualityReport importNeso(@RequestPart("file") MultipartFile file) throws IOException {
        String name =
                file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                        ? "upload.csv"
                        : file.getOriginalFilename();
        QualityReport report;
        try {
            report = imports.importFile(name, file.getBytes());
        } catch (NesoFileException e) {
            throw new LoadcastProblemException(e.type(), e.getMessage()).with("field", "file");
        }
        if (report.rowsStored() == 0 && report.rowsRead() > 0) {
            throw new LoadcastProblemException(
                            ProblemType.NO_ROW_IMPORTABLE,
                            "all " + report.rowsRead() + " rows were rejected; see rejected")
                    .with("rejected", report.rejected());
        }
        return report;
    }
}
