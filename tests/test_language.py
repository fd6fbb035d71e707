"""A document in another official language of the UN is refused, and named, not misread.

The texts here are made up for the tests (an invented resolution 2999 of 2031 in each
language); the shared English documents check that English is never refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from coherence.cli import cli
from mandates import parse_resolution
from provenance import InputError
from provenance.language import foreign_language
from tests.conftest import require_shared, typeset_pdf

_HEAD = "S/RES/2999 (2031)\n14 November 2031\n"

TEXTS = {
    "French": _HEAD + (
        "Le Conseil de sécurité,\n"
        "Rappelant ses résolutions antérieures et les déclarations de son président sur la "
        "situation dans le pays,\n"
        "Agissant en vertu du Chapitre VII de la Charte des Nations Unies,\n"
        "1. Décide de proroger jusqu'au 15 novembre 2032 le mandat de la Mission, qui est "
        "chargée de protéger les civils dans les zones où elle est déployée;\n"
        "2. Prie le Secrétaire général de lui faire rapport tous les quatre mois sur "
        "l'exécution du mandat et sur la situation dans le pays;\n"
        "3. Décide de rester activement saisi de la question.\n"),
    "Spanish": _HEAD + (
        "El Consejo de Seguridad,\n"
        "Recordando sus resoluciones anteriores y las declaraciones de su Presidencia sobre la "
        "situación en el país,\n"
        "Actuando en virtud del Capítulo VII de la Carta de las Naciones Unidas,\n"
        "1. Decide prorrogar hasta el 15 de noviembre de 2032 el mandato de la Misión, con el "
        "fin de proteger a los civiles en las zonas donde está desplegada;\n"
        "2. Solicita al Secretario General que le informe cada cuatro meses sobre la ejecución "
        "del mandato y sobre la situación en el país;\n"
        "3. Decide seguir ocupándose activamente de la cuestión.\n"),
    "Russian": _HEAD + (
        "Совет Безопасности,\n"
        "ссылаясь на свои предыдущие резолюции и заявления своего Председателя,\n"
        "1. постановляет продлить мандат Миссии до 15 ноября 2032 года;\n"
        "2. просит Генерального секретаря представлять доклады каждые четыре месяца;\n"
        "3. постановляет продолжать активно заниматься этим вопросом.\n"),
    "Arabic": _HEAD + (
        "إن مجلس الأمن،\n"
        "إذ يشير إلى قراراته السابقة وإلى بيانات رئيسه،\n"
        "1. يقرر تمديد ولاية البعثة حتى 15 تشرين الثاني/نوفمبر 2032؛\n"
        "2. يطلب إلى الأمين العام أن يقدم إليه تقريرا كل أربعة أشهر؛\n"
        "3. يقرر أن يبقي المسألة قيد نظره الفعلي.\n"),
    "Chinese": _HEAD + (
        "安全理事会，\n"
        "回顾其以往各项决议和主席声明，\n"
        "1. 决定将特派团的任务期限延长至2032年11月15日；\n"
        "2. 请秘书长每四个月提交一次报告；\n"
        "3. 决定继续积极处理此案。\n"),
}


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_a_resolution_in_another_official_language_is_refused_by_name(
        tmp_path: Path, language: str) -> None:
    path = tmp_path / "S_RES_2999(2031).txt"
    path.write_text(TEXTS[language], encoding="utf-8")
    with pytest.raises(InputError, match=f"is in {language}, not English") as caught:
        parse_resolution(path)
    assert caught.value.hint is not None and "English version" in caught.value.hint


def test_a_french_pdf_is_refused_with_exit_3_and_one_line(tmp_path: Path) -> None:
    pdf = typeset_pdf(TEXTS["French"].splitlines(), tmp_path / "S_RES_2999(2031).pdf")
    result = CliRunner().invoke(cli, ["mandate", str(pdf)])
    assert result.exit_code == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "is in French" in lines[0] and pdf.name in lines[0]
    assert "Traceback" not in result.output


@pytest.mark.parametrize("text", [
    # English with French names and a French title quoted: still English
    "Decides to extend until 15 November 2032 the mandate of the Mission, and requests it to "
    "support the Comité de suivi de l'Accord and the Cour pénale spéciale in their work, "
    "in close cooperation with the Government and the Union africaine, as set out in the "
    "report of the Secretary-General on the situation in the country;",
    # a list of names, no function word of any language: not called foreign
    "Abdallah Bakari Chaudhry Dimitrov Evans Fernandez Garcia Hoang Ibrahim Jensen Kamara "
    "Lopez Martinez Nakamura Okafor Petrov Quispe Rahman Santos Tanaka Umarov Vasquez "
    "Wanjiru Xu Yilmaz Zhou Adeyemi Bianchi Castillo Dubois",
])
def test_english_and_unmarked_text_is_not_called_foreign(text: str) -> None:
    assert foreign_language(text) is None


def test_too_little_text_is_not_judged() -> None:
    assert foreign_language("Le mandat de la Mission est prorogé.") is None


def test_no_shared_english_resolution_is_called_foreign() -> None:
    folder = require_shared("resolutions", "txt")
    flagged = [p.name for p in sorted(folder.glob("*.txt"))
               if foreign_language(p.read_bytes().decode("cp1252", "replace"))]
    assert len(list(folder.glob("*.txt"))) > 2000
    assert flagged == []


def test_a_french_budget_report_is_refused_before_its_tables_are_read(tmp_path: Path) -> None:
    """A made-up French budget report whose table would read as no budget at all."""
    import docx

    from budgets import parse_budget

    document = docx.Document()
    for line in ("Assemblée générale", "A/91/777",
                 "Budget de la Mission pour l'exercice allant du 1er juillet 2031 au "
                 "30 juin 2032", "Rapport du Secrétaire général",
                 "Le présent rapport porte sur le budget de la Mission pour l'exercice allant "
                 "du 1er juillet 2031 au 30 juin 2032, qui se chiffre à 100 000 000 dollars. "
                 "Les ressources demandées sont présentées par composante et par catégorie "
                 "de dépenses dans le tableau ci-dessous, avec les prévisions de dépenses "
                 "pour l'exercice en cours."):
        document.add_paragraph(line)
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(table.rows, [("Catégorie", "Répartition 2030/31",
                                        "Prévisions 2031/32"),
                                       ("Militaires et personnel de police", "50 000", "51 000"),
                                       ("Montant brut", "100 000", "101 000")], strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    path = tmp_path / "A_91_777.docx"
    document.save(str(path))
    with pytest.raises(InputError, match="is in French, not English"):
        parse_budget(path)
    result = CliRunner().invoke(cli, ["budget", str(path)])
    assert result.exit_code == 3 and "is in French" in result.stderr


def test_every_shared_budget_document_reads_as_english() -> None:
    from budgets.parse import _front_text

    documents = [p for folder in ("reports", "acabq")
                 for p in sorted(require_shared("budgets", folder).iterdir())
                 if p.suffix in (".docx", ".pdf")]
    assert len(documents) >= 30
    assert [p.name for p in documents if foreign_language(" ".join(_front_text(p)))] == []
